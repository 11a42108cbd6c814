package org.webhookorchestrator.webhook.design;

import java.util.List;
import java.util.Objects;

/** A choice made, what else was considered, and why this one. */
public record TradeOff(String id, String decision, List<String> alternatives, String justification) {

    public TradeOff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(justification, "justification");
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a trade-off names at least one alternative: " + id);
        }
    }
}
