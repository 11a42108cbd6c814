package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** What {@code webhook_inventory} answers: the artifact's id, the artifact, and where the decision was recorded. */
public record InventoryResult(
        @JsonPropertyDescription("Content address of the inventory; pass it to the next operation.") @NotNull String artifactId,
        @NotNull Inventory inventory,
        @NotNull AuditRef audit,
        @JsonPropertyDescription("Which core.orchestrator recorded the phase, and assumptions if none could.")
        @NotNull Orchestration orchestration) {
}
