package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stripe: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]}, HMAC-SHA256 over {@code t + "." + body},
 * keyed with the endpoint secret's UTF-8 bytes used verbatim ({@code whsec_…} is not base64-decoded, unlike Standard
 * Webhooks). A match on any {@code v1} is accepted and other schemes such as {@code v0} are ignored, as the
 * stripe-node SDK does.
 *
 * <p><b>Tolerance differs from Stripe's SDK on purpose.</b> stripe-node's {@code DEFAULT_TOLERANCE} is 300 s, which
 * this verifier keeps, but the SDK checks only the age of the timestamp and accepts any timestamp in the future. This
 * verifier rejects a timestamp more than the tolerance ahead too ({@link FailureReason#TIMESTAMP_IN_FUTURE}), so a
 * Stripe delivery signed by a sender whose clock runs far ahead fails here and passes in Stripe's SDK.
 */
public final class StripeScheme extends FieldListHmacScheme {

    public static final String ID = "stripe-v1";
    public static final String SIGNATURE_HEADER = "Stripe-Signature";
    /** stripe-node {@code DEFAULT_TOLERANCE}: 300 s. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    public StripeScheme(Clock clock, Duration tolerance) {
        super(ID, SIGNATURE_HEADER, ',', "t", "v1", ".", clock, tolerance);
    }

    public StripeScheme(Clock clock) {
        this(clock, DEFAULT_TOLERANCE);
    }

    @Override
    public boolean supportsSeveralSignatures() {
        return true;
    }

    @Override
    public SignedRequest signWithEach(Delivery delivery, List<? extends SigningKey> keys, Instant timestamp) {
        return signEach(delivery, keys, timestamp);
    }
}
