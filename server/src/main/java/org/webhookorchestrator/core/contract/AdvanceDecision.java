package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.skill.api.Escalation;

/**
 * The orchestrator's answer to a phase advance (contract {@code advance-decision.v1}): accepted, or refused with the
 * step that must come first. A refusal is an answer, so it travels as a result, not as an error.
 */
@JsonClassDescription("Accepted or refused phase advance, contract advance-decision.v1.")
public record AdvanceDecision(
        @JsonPropertyDescription("Always advance-decision.v1.") @NotNull String contract,
        boolean accepted,
        @NotNull String project,
        @NotNull Phase phase,
        @NotNull String artifactId,
        @JsonPropertyDescription("When refused for order: the earliest phase not yet completed.") Phase missingPhase,
        @JsonPropertyDescription("What was decided, or what must come first, in a sentence.") @NotNull String message,
        @JsonPropertyDescription("When refused: the escalation (blocker, impact, options, recommended decision).")
        Escalation refusal,
        @JsonPropertyDescription("The project's context after the decision.") @NotNull ProjectContext context) {

    public static final String CONTRACT = "advance-decision.v1";
}
