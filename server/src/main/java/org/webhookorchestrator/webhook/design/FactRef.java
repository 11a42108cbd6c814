package org.webhookorchestrator.webhook.design;

import java.util.List;
import java.util.Objects;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** The inventory fact a figure or decision rests on: which provider, which fact, how well supported, which sources. */
public record FactRef(String provider, String fact, Inventory.FactStatus status, List<String> sources) {

    public FactRef {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
    }
}
