package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What {@code orchestrator_advance} is asked (contract {@code phase-advance.v1}): a phase produced an artifact. */
@JsonClassDescription("Records that a phase of a project produced an artifact, contract phase-advance.v1.")
public record PhaseAdvance(
        @JsonPropertyDescription("Project id, lowercase kebab-case.")
        @NotBlank @Pattern(regexp = Identifiers.PROJECT, message = Identifiers.PROJECT_MESSAGE) @Size(max = 64)
        String project,
        @JsonPropertyDescription("The phase that was performed: inventory, design or validate (a handoff is "
                + "recorded by orchestrator_intake).")
        @NotNull Phase phase,
        @JsonPropertyDescription("Content address of the artifact the phase produced.")
        @NotBlank @Pattern(regexp = Identifiers.ARTIFACT, message = Identifiers.ARTIFACT_MESSAGE) @Size(max = 128)
        String artifactId,
        @JsonPropertyDescription("The project's objective, success criteria and constraints; given with the "
                + "inventory, it replaces what the context held.")
        @Valid ObjectiveSnapshot objective) {
}
