package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A handoff packet submitted to the orchestrator (contract {@code handoff-intake.v1}). The packet id is its content
 * address and so its idempotency key: the same packet submitted twice is taken in once and answered the same way.
 */
@JsonClassDescription("A handoff packet for intake, contract handoff-intake.v1.")
public record HandoffIntake(
        @JsonPropertyDescription("Project id, lowercase kebab-case.")
        @NotBlank @Pattern(regexp = Identifiers.PROJECT, message = Identifiers.PROJECT_MESSAGE) @Size(max = 64)
        String project,
        @JsonPropertyDescription("Content address of the handoff packet; also the idempotency key of the intake.")
        @NotBlank @Pattern(regexp = Identifiers.ARTIFACT, message = Identifiers.ARTIFACT_MESSAGE) @Size(max = 128)
        String packetId,
        @JsonPropertyDescription("The validation the packet rests on; must be the project's current one.")
        @NotBlank @Pattern(regexp = Identifiers.ARTIFACT, message = Identifiers.ARTIFACT_MESSAGE) @Size(max = 128)
        String validationArtifactId,
        @JsonPropertyDescription("Next actions with owners, the first being the next step.")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid OwnedAction> nextActions,
        @JsonPropertyDescription("The skill that takes the packet next, if one does (e.g. core.release).")
        @Size(max = 100) String nextSkill) {

    public HandoffIntake {
        nextActions = nextActions == null ? List.of() : List.copyOf(nextActions);
    }

    /** A next action whose owner is known, as intake requires. */
    public record OwnedAction(
            @JsonPropertyDescription("What is to be done.") @NotBlank @Size(max = 1000) String action,
            @JsonPropertyDescription("The role that owns it.") @NotBlank @Size(max = 200) String ownerRole) {
    }
}
