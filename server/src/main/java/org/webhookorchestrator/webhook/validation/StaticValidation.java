package org.webhookorchestrator.webhook.validation;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.validation.checks.AckDeadlineCheck;
import org.webhookorchestrator.webhook.validation.checks.DedupeWindowCheck;
import org.webhookorchestrator.webhook.validation.checks.FigureBasisCheck;
import org.webhookorchestrator.webhook.validation.checks.PayloadLimitCheck;
import org.webhookorchestrator.webhook.validation.checks.ReconciliationCheck;
import org.webhookorchestrator.webhook.validation.checks.ReplayProtectionCheck;
import org.webhookorchestrator.webhook.validation.checks.RetryPolicyCheck;
import org.webhookorchestrator.webhook.validation.checks.RiskOwnershipCheck;
import org.webhookorchestrator.webhook.validation.checks.RolloutGateCheck;
import org.webhookorchestrator.webhook.validation.checks.ThreatCoverageCheck;
import org.webhookorchestrator.webhook.validation.checks.VerificationSchemeCheck;

/** Every static check, in a fixed order, so that the checklist of a design is always the same list. */
public final class StaticValidation {

    static final List<DesignCheck> CHECKS = List.of(
            new VerificationSchemeCheck(),
            new AckDeadlineCheck(),
            new DedupeWindowCheck(),
            new ReplayProtectionCheck(),
            new ReconciliationCheck(),
            new PayloadLimitCheck(),
            new RetryPolicyCheck(),
            new ThreatCoverageCheck(),
            new RiskOwnershipCheck(),
            new RolloutGateCheck(),
            new FigureBasisCheck());

    private final ProviderCatalog catalog;

    public StaticValidation(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ChecklistItem> check(Design design) {
        List<ChecklistItem> items = new ArrayList<>();
        CHECKS.forEach(c -> items.addAll(c.check(design, catalog)));
        return items;
    }
}
