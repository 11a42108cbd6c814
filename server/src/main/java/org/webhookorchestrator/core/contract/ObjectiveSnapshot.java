package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The objective of a project as the inventory stated it; the orchestrator keeps it normalized in the context. */
public record ObjectiveSnapshot(
        @JsonPropertyDescription("What the work must achieve.") @NotBlank @Size(max = 2000) String objective,
        @JsonPropertyDescription("How success is judged.")
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> successCriteria,
        @JsonPropertyDescription("Constraints, each a sentence, e.g. 'security: PCI scope stays in billing'.")
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> constraints) {

    public ObjectiveSnapshot {
        successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }
}
