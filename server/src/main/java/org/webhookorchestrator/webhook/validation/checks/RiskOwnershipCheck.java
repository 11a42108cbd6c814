package org.webhookorchestrator.webhook.validation.checks;

import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** Every risk has a mitigation, an escalation trigger and an owner: a risk nobody owns is a risk nobody handles. */
public final class RiskOwnershipCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<String> missing = design.risks().stream().filter(r -> blank(r.mitigation()) || blank(r.escalationTrigger())
                || blank(r.owner())).map(RiskOwnershipCheck::describe).toList();
        return List.of(StaticItems.item("risk-ownership", null,
                "every risk has a mitigation, an escalation trigger and an owner role", "risks lacking one",
                "0 of " + design.risks().size(), missing.size() + " of " + design.risks().size(),
                design.risks().isEmpty() || !missing.isEmpty() ? ItemStatus.fail : ItemStatus.pass,
                design.risks().isEmpty() ? List.of("the design lists no risk at all") : missing));
    }

    private static String describe(Risk r) {
        return r.id() + " lacks" + (blank(r.mitigation()) ? " a mitigation" : "")
                + (blank(r.escalationTrigger()) ? " an escalation trigger" : "") + (blank(r.owner()) ? " an owner" : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
