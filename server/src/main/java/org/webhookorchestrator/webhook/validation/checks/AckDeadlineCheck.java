package org.webhookorchestrator.webhook.validation.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.SourcedFact;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** The receiver acknowledges strictly before the provider gives up on the delivery. */
public final class AckDeadlineCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            var deadline = StaticItems.duration(p.acknowledgement().deadline());
            SourcedFact<Duration> timeout = catalog.find(p.providerId()).map(e -> e.ackDeadline())
                    .orElse(SourcedFact.unverified());
            String observed = StaticItems.text(p.acknowledgement().deadline());
            if (deadline.isEmpty()) {
                items.add(StaticItems.item("ack-deadline", p.providerId(), criterion(), "ack deadline", "present",
                        observed, ItemStatus.fail, List.of("the design gives no acknowledgement deadline")));
            } else if (!timeout.known()) {
                items.add(StaticItems.item("ack-deadline", p.providerId(), criterion(), "ack deadline",
                        "< the provider's timeout", observed, ItemStatus.not_observable,
                        List.of("the provider's timeout is not in any source; the design's value rests on an "
                                + "assumption")));
            } else {
                boolean under = deadline.get().compareTo(timeout.value()) < 0;
                items.add(StaticItems.item("ack-deadline", p.providerId(), criterion(), "ack deadline",
                        "< " + timeout.value().toMillis() + " ms (" + String.join(", ", timeout.sources()) + ")",
                        observed, under ? ItemStatus.pass : ItemStatus.fail,
                        List.of("deadline " + deadline.get().toMillis() + " ms vs provider timeout "
                                + timeout.value().toMillis() + " ms")));
            }
        }
        return items;
    }

    private static String criterion() {
        return "the receiver answers 2xx before the provider's delivery timeout";
    }
}
