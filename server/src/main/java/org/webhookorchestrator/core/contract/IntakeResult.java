package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import org.webhookorchestrator.core.DependencyInfo;

/** What the tool answers on the wire: the contracted receipt and which dependency gave it. */
public record IntakeResult(
        @NotNull IntakeReceipt receipt,
        @JsonPropertyDescription("Which dependency answered: embedded or remote, and its version.")
        @NotNull DependencyInfo answeredBy) {
}
