package org.webhookorchestrator.webhook.inventory;

import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;

/** A catalog entry's facts in the inventory's form. */
public final class ProviderFacts {

    private ProviderFacts() {
    }

    public static List<Inventory.Fact> of(ProviderEntry entry) {
        return entry.facts().entrySet().stream().map(e -> FactRendering.render(e.getKey(), e.getValue())).toList();
    }
}
