package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.webhook.handoff.HandoffPacket;

/** What {@code webhook_handoff} answers: the packet, the gates it passed, and who took it. */
public record HandoffResult(
        @JsonPropertyDescription("Content address of the packet.") @NotNull String artifactId,
        @NotNull HandoffPacket packet,
        @JsonPropertyDescription("core.quality's evaluation of the Definition of Done.") @NotNull QualityReport quality,
        @NotNull DependencyInfo qualityAnsweredBy,
        @JsonPropertyDescription("core.orchestrator's receipt; absent when it could not be reached.")
        IntakeReceipt intake,
        @NotNull Orchestration orchestration,
        @JsonPropertyDescription("Present when blocking gates failed and were overridden.")
        HandoffRequest.Override override,
        @NotNull AuditRef audit) {
}
