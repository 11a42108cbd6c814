package org.webhookorchestrator.webhook.design;

import java.util.Objects;

/** A rule the engine applied, with its formula, so that a reviewer can recompute every derived figure. */
public record RuleSummary(String rule, String formula) {

    public RuleSummary {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(formula, "formula");
    }
}
