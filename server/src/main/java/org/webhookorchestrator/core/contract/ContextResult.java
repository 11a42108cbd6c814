package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.core.DependencyInfo;

/** What the tool answers on the wire: the contracted context and which dependency gave it. */
public record ContextResult(
        @NotNull ProjectContext context,
        @JsonPropertyDescription("Which dependency answered: embedded or remote, and its version.")
        @NotNull DependencyInfo answeredBy) {
}
