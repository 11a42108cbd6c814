package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Versioning;

/**
 * The contract policy: pin the provider's API version where it has one, read payloads tolerantly (only the fields
 * the consumer relies on are required, unknown ones are ignored), and change versions through a second endpoint in
 * shadow, never in place.
 */
public final class VersioningRule {

    public static final String NAME = "contract-versioning";
    public static final String FORMULA = "pin apiVersion when given; tolerant reader; upgrade through a shadowed "
            + "/webhooks/{providerId}/v{n}";

    private VersioningRule() {
    }

    public static Versioning decide(ProviderProfile p, List<String> contractRequirements, Findings findings) {
        String pinning;
        if (p.apiVersion().isPresent()) {
            pinning = "the endpoint is pinned to API version " + p.apiVersion().get() + " at the provider; the "
                    + "inbox row records it, and a payload of another version is dead-lettered, not guessed at";
        } else {
            pinning = "no API version is given: record whatever version header or field the payload carries and "
                    + "alert when it changes";
            findings.ask("Q-" + p.id() + "-api-version", "Which " + p.displayName() + " API or payload version "
                    + "should the endpoint be pinned to, and how does the provider announce a new one?",
                    "contract versioning of " + p.id(), Roles.INTEGRATION_OWNER);
        }
        findings.risk(new Risk("R-" + p.id() + "-api-change", RiskCategory.vendor, p.id(),
                p.displayName() + " changes or deprecates its payload schema or API version",
                Level.medium, p.apiVersion().isPresent() ? Level.low : Level.medium,
                "pinned version where possible; tolerant reader; dead-letter instead of guessing; upgrade through a "
                        + "shadowed second endpoint",
                "a dead letter whose reason is a schema mismatch, or a deprecation notice from the provider",
                Roles.INTEGRATION_OWNER));
        return new Versioning(p.apiVersion().orElse(null), pinning,
                "ignore unknown fields; require only the fields the consumer relies on; keep the raw body so that a "
                        + "field read later can still be recovered",
                List.of("store the raw body with provider, API version and the receiver's schema version in the "
                                + "inbox row",
                        "a new version gets a second endpoint (/webhooks/" + p.id() + "/v2) run in shadow beside "
                                + "the first, then switched at the provider",
                        "remove the old endpoint only after the provider's retry horizon has passed since the switch"),
                contractRequirements);
    }
}
