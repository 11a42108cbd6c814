package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** Something the design takes as true without a source, how sure it is, and what settles it. */
public record DesignAssumption(
        @JsonPropertyDescription("Stable id that figures cite, e.g. A-stripe-ack-timeout.") String id,
        String statement,
        Inventory.Confidence confidence,
        @JsonPropertyDescription("Why this value was chosen and what would replace it.") String basis) {

    public DesignAssumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(basis, "basis");
    }
}
