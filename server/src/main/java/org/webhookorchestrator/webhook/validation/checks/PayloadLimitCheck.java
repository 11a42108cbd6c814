package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** The request size limit admits the largest payload the provider sends, and exists at all. */
public final class PayloadLimitCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            var limit = p.payloadLimit() == null ? null : p.payloadLimit().limit();
            var max = catalog.find(p.providerId()).map(e -> e.maxPayloadBytes()).filter(f -> f.known());
            String criterion = "oversize bodies are refused with 4xx and the provider's largest payload is admitted";
            String observed = StaticItems.text(limit);
            if (limit == null || limit.unit() != Unit.bytes || limit.value() <= 0) {
                items.add(StaticItems.item("payload-limit", p.providerId(), criterion, "request body limit",
                        "a positive byte count", observed, ItemStatus.fail, List.of("no size limit in the design")));
            } else if (max.isEmpty()) {
                items.add(StaticItems.item("payload-limit", p.providerId(), criterion, "request body limit",
                        ">= the provider's maximum payload", observed, ItemStatus.not_observable,
                        List.of("the provider's maximum payload is not in any source")));
            } else {
                long most = max.get().value();
                items.add(StaticItems.item("payload-limit", p.providerId(), criterion, "request body limit",
                        ">= " + most + " bytes", observed, limit.value() >= most ? ItemStatus.pass : ItemStatus.fail,
                        List.of("limit " + limit.value() + " bytes vs provider maximum " + most + " bytes")));
            }
        }
        return items;
    }
}
