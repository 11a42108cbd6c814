package org.webhookorchestrator.webhook.design.rules;

import org.webhookorchestrator.webhook.design.Infrastructure;

/**
 * Where the inbox and the dedupe records live, whether they commit together, and on what basis the store was chosen
 * ("available" or the id of the assumption that it will be provisioned).
 */
public record StoreChoice(Infrastructure inbox, Infrastructure dedupe, boolean atomic, String basis) {

    /** A human name of the dedupe store, e.g. "PostgreSQL (unique key in the inbox table)". */
    public String dedupeDescription() {
        if (atomic) {
            return "postgresql: unique (provider, idempotency key) in the inbox table";
        }
        return dedupe == Infrastructure.REDIS ? "redis: SET key NX with the TTL as expiry"
                : dedupe.id() + ": unique (provider, idempotency key) with an expiry column";
    }
}
