package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.RetryPolicy;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** Downstream retries back off, are capped and jittered, and end: a retry storm needs the opposite of each. */
public final class RetryPolicyCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        RetryPolicy r = design.downstream() == null ? null : design.downstream().retry();
        List<String> evidence = new ArrayList<>();
        if (r == null) {
            evidence.add("no downstream retry policy");
        } else {
            var base = StaticItems.duration(r.base());
            var cap = StaticItems.duration(r.cap());
            if (base.isEmpty() || base.get().isZero()) {
                evidence.add("no positive base delay");
            }
            if (cap.isEmpty() || base.isPresent() && cap.get().compareTo(base.get()) < 0) {
                evidence.add("no cap at least the base delay");
            }
            if (r.retries() == null || r.retries().value() <= 0) {
                evidence.add("no bounded number of retries");
            }
            if (r.jitter() == null || r.jitter().isBlank()) {
                evidence.add("no jitter");
            }
            if (r.schedule().isEmpty()) {
                evidence.add("no computed schedule");
            }
        }
        return List.of(StaticItems.item("retry-policy", null,
                "downstream retries use exponential backoff with jitter, a cap and a bounded count",
                "policy defects", "0", String.valueOf(evidence.size()),
                evidence.isEmpty() ? ItemStatus.pass : ItemStatus.fail,
                evidence.isEmpty() ? List.of("base " + StaticItems.text(r.base()) + ", cap " + StaticItems.text(r.cap())
                        + ", retries " + StaticItems.text(r.retries()) + ", jitter " + r.jitter()) : evidence));
    }
}
