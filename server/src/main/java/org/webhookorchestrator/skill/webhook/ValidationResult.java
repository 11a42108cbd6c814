package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.webhook.validation.Validation;

/** What {@code webhook_validate} answers: the checklist artifact's id, the checklist, and its audit entry. */
public record ValidationResult(
        @JsonPropertyDescription("Content address of the validation; pass it to webhook_handoff.")
        @NotNull String artifactId,
        @NotNull Validation validation,
        @NotNull AuditRef audit,
        @JsonPropertyDescription("Which core.orchestrator recorded the phase, and assumptions if none could.")
        @NotNull Orchestration orchestration) {
}
