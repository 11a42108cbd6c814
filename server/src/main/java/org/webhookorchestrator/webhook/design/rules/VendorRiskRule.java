package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.inventory.Inventory;

/**
 * The provider's side of the risk register: outages, changes to retry behaviour, endpoints it disables, deliveries
 * it never resends, and design decisions that rest on secondary sources or on nothing at all.
 */
public final class VendorRiskRule {

    public static final String NAME = "vendor-risks";
    public static final String FORMULA = "per provider: outage, retry change; + disabling, no retries, secondary "
            + "facts, custom";
    private static final List<String> KEY_FACTS = List.of("delivery.ackDeadlineSeconds",
            "delivery.retryHorizonSeconds", "delivery.idempotencyKey", "delivery.retriesAutomatically",
            "signing.signatureToleranceSeconds", "delivery.ordering");

    private VendorRiskRule() {
    }

    public static void assess(ProviderProfile p, ProviderDesign d, Findings f) {
        String id = p.id();
        String name = p.displayName();
        f.risk(new Risk("R-" + id + "-outage", RiskCategory.vendor, id, name + " has an outage: deliveries stop, "
                + "then arrive late and in a burst", Level.medium, Level.medium, "ingress headroom for the burst; "
                + (d.reconciliation().required() ? "reconciliation for what it never resends" : "its retries and "
                + "the dedupe store absorb the burst"), "no delivery from " + id + " for longer than its usual gap, "
                + "or an incident on the provider's status page", Roles.INTEGRATION_OWNER));
        f.risk(new Risk("R-" + id + "-retry-change", RiskCategory.vendor, id, name + " changes its retry "
                + "behaviour (horizon, schedule, timeout), so the dedupe TTL or the ack deadline no longer fits",
                Level.medium, Level.low, "the TTL carries a margin; review the provider's changelog and re-run "
                + "webhook_design with an updated inventory", "a duplicate detected by the consumer's business "
                + "key after the dedupe TTL, or a provider changelog entry about deliveries", Roles.INTEGRATION_OWNER));
        if (d.reconciliation().alertAfter() != null) {
            f.risk(new Risk("R-" + id + "-disabled", RiskCategory.vendor, id, name + " disables the endpoint after "
                    + "sustained failures and stops sending", Level.high, Level.low, "page at "
                    + "providers[" + id + "].reconciliation.alertAfter, re-enable and replay after recovery",
                    "deliveries to " + id + " failing continuously for alertAfter", Roles.SRE));
        }
        if (p.isFalse("delivery.retriesAutomatically")) {
            f.risk(new Risk("R-" + id + "-no-retry", RiskCategory.vendor, id, name + " never resends a failed "
                    + "delivery on its own: every unacknowledged delivery is lost until reconciled", Level.high,
                    Level.medium, "the reconciliation job every providers[" + id + "].reconciliation.interval",
                    "a reconciliation run finds a failed delivery, or a run fails", Roles.INTEGRATION_OWNER));
        }
        List<String> secondary = KEY_FACTS.stream().filter(fact -> status(p, fact) == Inventory.FactStatus.secondary)
                .toList();
        if (!secondary.isEmpty()) {
            f.risk(new Risk("R-" + id + "-secondary-facts", RiskCategory.vendor, id, "decisions for " + name
                    + " rest on facts only secondary sources support: " + String.join(", ", secondary),
                    Level.medium, Level.medium, "confirm them with the provider; the staged grader run checks the "
                    + "receiver against the behaviour assumed", "observed behaviour differs from the fact (an "
                    + "earlier timeout, another key, a longer retry)", Roles.INTEGRATION_OWNER));
        }
        if (p.custom()) {
            f.risk(new Risk("R-" + id + "-unknown", RiskCategory.vendor, id, name + " is not in the catalog: "
                    + "signing, retries and timeout are all unknown", Level.high, Level.high, "fail closed; "
                    + "conservative assumed values; answer the open questions before launch",
                    "an open question about " + id + " is still unanswered when the rollout's shadow stage starts",
                    Roles.INTEGRATION_OWNER));
        }
    }

    private static Inventory.FactStatus status(ProviderProfile p, String fact) {
        return p.ref(fact).map(r -> r.status()).orElse(null);
    }
}
