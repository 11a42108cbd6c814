package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;

/** A phase the project has completed and the artifact it produced. */
public record CompletedPhase(
        @NotNull Phase phase,
        @JsonPropertyDescription("Content address of the artifact the phase produced.") @NotNull String artifactId) {
}
