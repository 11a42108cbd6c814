package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One gate of the Definition of Done: passed or not, whether it blocks a handoff, and the evidence. */
public record GateResult(
        @JsonPropertyDescription("The gate, e.g. risks-have-owners.") @NotNull String name,
        boolean passed,
        @JsonPropertyDescription("Whether failing this gate blocks a handoff.") boolean blocking,
        @JsonPropertyDescription("What was checked and found, in a sentence.") @NotNull String summary,
        @JsonPropertyDescription("Each item that fails, by id or position, and why; empty when the gate passed.")
        List<Finding> evidence) {

    public GateResult {
        evidence = List.copyOf(evidence);
    }

    /** One item that fails a gate. */
    public record Finding(
            @JsonPropertyDescription("The item, e.g. risks[R3] or tradeoffs[1].") @NotNull String item,
            @JsonPropertyDescription("What is wrong with it.") @NotNull String problem) {
    }
}
