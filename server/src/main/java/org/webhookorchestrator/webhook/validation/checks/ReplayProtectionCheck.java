package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/**
 * A replayed delivery is refused: by a timestamp tolerance where the scheme signs one, and always by the dedupe store,
 * which is the only control where the scheme has no timestamp.
 */
public final class ReplayProtectionCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            boolean timestamped = catalog.find(p.providerId()).map(e -> e.hasTimestamp().hasValue(true))
                    .orElse(false);
            var tolerance = p.verification() == null ? null : p.verification().tolerance();
            boolean deduped = p.idempotency() != null && p.idempotency().ttl() != null;
            String criterion = "a replayed delivery is refused or absorbed without effect";
            if (timestamped) {
                boolean ok = tolerance != null && tolerance.value() > 0 && deduped;
                items.add(StaticItems.item("replay-protection", p.providerId(), criterion,
                        "timestamp tolerance and dedupe", "a positive tolerance, checked both ways, and a dedupe "
                                + "record", "tolerance " + StaticItems.text(tolerance) + "; dedupe "
                                + (deduped ? "present" : "absent"), ok ? ItemStatus.pass : ItemStatus.fail,
                        List.of("the scheme signs a timestamp")));
            } else {
                items.add(StaticItems.item("replay-protection", p.providerId(), criterion, "dedupe record",
                        "present (the only replay control: the scheme signs no timestamp)",
                        deduped ? "dedupe TTL " + StaticItems.text(p.idempotency().ttl()) : "absent",
                        deduped ? ItemStatus.pass : ItemStatus.fail,
                        List.of("the scheme has no timestamp, or it is not known to have one")));
            }
        }
        return items;
    }
}
