package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** A dedupe record outlives every retry of the delivery it guards, so no retry is processed twice. */
public final class DedupeWindowCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            var ttl = StaticItems.duration(p.idempotency().ttl());
            var entry = catalog.find(p.providerId());
            var horizon = entry.map(ProviderEntry::retryHorizon).filter(f -> f.known()).map(f -> f.value());
            boolean retries = entry.map(e -> e.retriesAutomatically().hasValue(true)).orElse(false);
            String criterion = "the dedupe TTL is at least the provider's retry horizon";
            String observed = StaticItems.text(p.idempotency().ttl());
            if (ttl.isEmpty() || ttl.get().isZero()) {
                items.add(StaticItems.item("dedupe-window", p.providerId(), criterion, "dedupe TTL", "> 0",
                        observed, ItemStatus.fail, List.of("the design keeps no dedupe record")));
            } else if (!retries) {
                items.add(StaticItems.item("dedupe-window", p.providerId(), criterion, "dedupe TTL",
                        "> 0 (the provider does not retry on its own, or may not)", observed, ItemStatus.pass,
                        List.of("redeliveries are manual or unknown: reconciliation covers them")));
            } else if (horizon.isEmpty()) {
                items.add(StaticItems.item("dedupe-window", p.providerId(), criterion, "dedupe TTL",
                        ">= the retry horizon", observed, ItemStatus.not_observable,
                        List.of("the provider's retry horizon is not in any source")));
            } else {
                boolean covers = ttl.get().compareTo(horizon.get()) >= 0;
                items.add(StaticItems.item("dedupe-window", p.providerId(), criterion, "dedupe TTL",
                        ">= " + horizon.get().toSeconds() + " s", observed,
                        covers ? ItemStatus.pass : ItemStatus.fail,
                        List.of("TTL " + ttl.get().toSeconds() + " s vs retry horizon " + horizon.get().toSeconds()
                                + " s")));
            }
        }
        return items;
    }
}
