package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;

/** How a figure was computed: the rule, its formula in words and symbols, and every input with its basis. */
public record Derivation(
        @JsonPropertyDescription("The rule's name, e.g. dedupe-ttl.") String rule,
        @JsonPropertyDescription("The formula, e.g. ttl = max(horizon, tolerance) + margin.") String formula,
        List<Term> inputs) {

    public Derivation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(formula, "formula");
        inputs = List.copyOf(inputs);
    }
}
