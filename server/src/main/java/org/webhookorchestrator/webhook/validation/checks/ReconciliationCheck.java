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

/** A provider that does not retry on its own (or may not) is reconciled, or a missed delivery is lost for good. */
public final class ReconciliationCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            boolean retries = catalog.find(p.providerId())
                    .map(e -> e.retriesAutomatically().hasValue(true)).orElse(false);
            boolean required = p.reconciliation() != null && p.reconciliation().required();
            String criterion = "a provider that may not resend a failed delivery is reconciled on a schedule";
            if (retries) {
                items.add(StaticItems.item("reconciliation", p.providerId(), criterion, "reconciliation job",
                        "required only when the provider may not retry", required ? "required" : "not required",
                        ItemStatus.not_applicable, List.of("the catalog says the provider retries on its own")));
            } else {
                items.add(StaticItems.item("reconciliation", p.providerId(), criterion, "reconciliation job",
                        "present with an interval", required ? "required, every "
                                + StaticItems.text(p.reconciliation().interval()) : "absent",
                        required && p.reconciliation().interval() != null ? ItemStatus.pass : ItemStatus.fail,
                        List.of("the catalog does not say the provider retries automatically")));
            }
        }
        return items;
    }
}
