package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** One stage of the rollout, gated by a validation that decides whether to go on. */
public record RolloutStage(
        int order,
        @JsonPropertyDescription("shadow, canary, cutover or rollback.") String stage,
        String action,
        @JsonPropertyDescription("The validation that must pass before the next stage.") String gate,
        @JsonPropertyDescription("What sends the rollout back.") String rollbackTrigger,
        String owner) {

    public RolloutStage {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(rollbackTrigger, "rollbackTrigger");
        Objects.requireNonNull(owner, "owner");
    }
}
