package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.webhook.design.Design;

/** What {@code webhook_design} answers: the design's id, the design, and where the decision was recorded. */
public record DesignResult(
        @JsonPropertyDescription("Content address of the design; pass it to webhook_validate.") String artifactId,
        Design design,
        AuditRef audit,
        @JsonPropertyDescription("Which core.orchestrator recorded the phase, and assumptions if none could.")
        Orchestration orchestration) {
}
