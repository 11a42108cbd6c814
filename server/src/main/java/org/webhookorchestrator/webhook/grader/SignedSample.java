package org.webhookorchestrator.webhook.grader;

import java.util.Objects;
import org.webhookorchestrator.webhook.signature.Delivery;

/**
 * A delivery signed by the emulator, for an outside verifier to check.
 *
 * @param kind {@code valid}, {@code rotation} (must verify) or {@code tampered} (must not)
 * @param delivery the request as it would be sent
 */
public record SignedSample(String kind, Delivery delivery) {

    public SignedSample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delivery, "delivery");
    }
}
