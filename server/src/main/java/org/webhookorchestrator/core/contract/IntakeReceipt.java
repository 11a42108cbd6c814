package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.skill.api.Escalation;

/** The orchestrator's answer to a handoff intake (contract {@code intake-receipt.v1}): who owns the next step. */
@JsonClassDescription("Receipt of a handoff packet, contract intake-receipt.v1.")
public record IntakeReceipt(
        @JsonPropertyDescription("Always intake-receipt.v1.") @NotNull String contract,
        boolean accepted,
        @NotNull String project,
        @NotNull String packetId,
        @JsonPropertyDescription("The role that owns the next step; absent when refused.") String nextStepOwnerRole,
        @JsonPropertyDescription("The next step; absent when refused.") String nextAction,
        @JsonPropertyDescription("The skill that takes the packet next, if the packet named one.") String nextSkill,
        @JsonPropertyDescription("When refused for order: the earliest phase not yet completed.") Phase missingPhase,
        @NotNull String message,
        @JsonPropertyDescription("When refused: the escalation.") Escalation refusal,
        @JsonPropertyDescription("The project's context after the intake.") @NotNull ProjectContext context) {

    public static final String CONTRACT = "intake-receipt.v1";
}
