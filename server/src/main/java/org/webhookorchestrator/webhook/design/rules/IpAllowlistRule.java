package org.webhookorchestrator.webhook.design.rules;

import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.IpAllowlist;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * Source-address checks at the edge where the provider publishes its addresses: defence in depth against floods of
 * forged requests, never instead of the signature. Where a source only advises static addresses, the sender is asked.
 */
public final class IpAllowlistRule {

    public static final String NAME = "ip-allowlist";
    public static final String FORMULA = "planned when delivery.sourceIps says the addresses are published";
    static final Figure REFRESH = Figure.policy(86400, Unit.s, "allowlist-refresh",
            "published address lists change rarely; a daily refresh with an alert on change keeps the edge current");

    private IpAllowlistRule() {
    }

    public static IpAllowlist decide(ProviderProfile p, Findings findings) {
        var ips = p.text("delivery.sourceIps");
        if (ips.isPresent() && ips.get().value().contains("published")) {
            Known<String> k = ips.get();
            return new IpAllowlist(true, k.value(), k.ref(), "allow only the published addresses at the edge, "
                    + "refresh the list on a schedule and alert on change; the signature stays the authority, so a "
                    + "stale list fails closed only after review", REFRESH);
        }
        if (ips.isPresent()) {
            findings.ask("Q-" + p.id() + "-source-ips", "Which addresses does " + p.displayName()
                    + " deliver from? (" + ips.get().value() + ")", "whether " + p.id()
                    + " gets an IP allowlist", Roles.INTEGRATION_OWNER);
            return new IpAllowlist(false, ips.get().value(), ips.get().ref(), "not planned until the sender gives "
                    + "its addresses; the signature is the only origin check", null);
        }
        return new IpAllowlist(false, null, null, "no published address list is known; the signature is the only "
                + "origin check", null);
    }
}
