package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.design.Endpoint;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.TradeOff;

/**
 * One endpoint per provider, so that each has its own secret, scheme, limit and deadline and a delivery is never tried
 * against another provider's scheme. Paths carry the provider id, which is stable and URL-safe.
 */
public final class EndpointRule {

    public static final String NAME = "endpoint";
    public static final String FORMULA = "path = /webhooks/{providerId}; POST only; HTTPS only";

    private EndpointRule() {
    }

    public static TradeOff tradeOff() {
        return new TradeOff("T-endpoint-per-provider", "one endpoint per provider",
                List.of("one shared endpoint that detects the provider from its headers: one route, but a request "
                        + "chooses which scheme verifies it, and limits and deadlines cannot differ"),
                "the path fixes the scheme, secret, limit and deadline before a byte is read, so no request can pick "
                        + "the weakest verifier");
    }

    public static Endpoint decide(ProviderProfile p) {
        List<String> rules = new ArrayList<>();
        rules.add("HTTPS only; the certificate is publicly trusted");
        rules.add("POST only; any other method is answered 405");
        rules.add("never redirect: a redirect is not a delivery and several providers count 3xx as a failure");
        rules.add("header names are matched case-insensitively");
        p.text("delivery.endpointValidation").map(Known::value)
                .ifPresent(v -> rules.add("the provider validates the endpoint: " + v));
        return new Endpoint("/webhooks/" + p.id(), "POST", rules);
    }
}
