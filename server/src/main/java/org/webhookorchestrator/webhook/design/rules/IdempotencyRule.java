package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.IdempotencyKey;
import org.webhookorchestrator.webhook.catalog.KeyLocation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Idempotency;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.Roles;

/**
 * What a delivery is deduplicated on: the provider's documented event or delivery id, scoped by provider so that two
 * providers' ids never collide; without a documented id, the SHA-256 of the raw body, which catches exact replays
 * but not a resend whose body differs.
 */
public final class IdempotencyRule {

    public static final String NAME = "idempotency-key";
    public static final String FORMULA = "key = delivery.idempotencyKey; unknown: sha256(raw body)";

    private IdempotencyRule() {
    }

    public static Idempotency decide(ProviderProfile p, StoreChoice store, Figure ttl, Findings findings) {
        Optional<Known<IdempotencyKey>> key = p.idempotencyKey();
        List<String> notes = new ArrayList<>();
        if (key.isPresent()) {
            IdempotencyKey k = key.get().value();
            if (key.get().note() != null) {
                notes.add(key.get().note());
            }
            if (k.location() == KeyLocation.BODY) {
                notes.add("the key is read from the body only after the signature is verified on the raw bytes");
            }
            if (p.isFalse("delivery.retriesAutomatically")) {
                notes.add("the provider redelivers only on request, at any later time; the TTL follows the "
                        + "reconciliation lookback, and a manual redelivery older than the TTL is processed again, "
                        + "so the consumer must also be idempotent on its own business key");
            }
            String location = k.location() == KeyLocation.HEADER ? "header" : "body";
            return new Idempotency(location, k.name(), key.get().ref(), p.id() + ":" + k.name() + "=<value>",
                    store.dedupeDescription(), ttl, notes);
        }
        notes.add("no documented id: an exact replay is caught, a resend with a different body is not");
        findings.ask("Q-" + p.id() + "-idempotency-key", "Which header or body field identifies a "
                + p.displayName() + " event across retries?", "the dedupe key of " + p.id(), Roles.INTEGRATION_OWNER);
        findings.risk(new Risk("R-" + p.id() + "-no-event-id", RiskCategory.operational, p.id(),
                "without a stable event id, a resend whose body differs (a re-signed timestamp in the body, a "
                        + "re-serialized payload) is processed twice", Level.medium, Level.medium,
                "dedupe on the body digest now; switch to the provider's id once known; the consumer stays "
                        + "idempotent on its business key",
                "the consumer reports a duplicate side effect for " + p.id(), Roles.INTEGRATION_OWNER));
        return new Idempotency("body-digest", "sha256", null, p.id() + ":sha256=<hex of raw body>",
                store.dedupeDescription(), ttl, notes);
    }
}
