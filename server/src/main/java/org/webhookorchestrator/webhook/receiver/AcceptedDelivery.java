package org.webhookorchestrator.webhook.receiver;

import java.time.Instant;
import java.util.Objects;
import org.webhookorchestrator.webhook.signature.Delivery;

/**
 * A delivery that verified and was enqueued: what the downstream handler receives.
 *
 * @param key the idempotency key it was deduplicated on
 * @param delivery the request exactly as received
 * @param acceptedAt when it was acknowledged
 */
public record AcceptedDelivery(String key, Delivery delivery, Instant acceptedAt) {

    public AcceptedDelivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
