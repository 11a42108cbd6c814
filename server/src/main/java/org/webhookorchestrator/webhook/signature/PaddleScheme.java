package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Paddle Billing: {@code Paddle-Signature: ts=<unix seconds>;h1=<hex>}, HMAC-SHA256 over {@code ts + ":" + body},
 * keyed with the destination secret's UTF-8 bytes.
 *
 * <p>Any {@code h1} that matches is accepted. Paddle's Node SDK keeps only the last {@code h1} of the header (its own
 * test sends several), so a header whose matching signature is not the last passes here and fails there; accepting
 * any is what rotation needs. Paddle sends one signature per delivery, so this scheme signs with one key.
 *
 * <p>Default tolerance 5 s: the Node SDK rejects a delivery when now is later than {@code ts + 5 s}. The SDK checks
 * only age; this verifier applies the same 5 s to timestamps in the future.
 */
public final class PaddleScheme extends FieldListHmacScheme {

    public static final String ID = "paddle-h1";
    public static final String SIGNATURE_HEADER = "Paddle-Signature";
    /** Paddle Node SDK: rejected when now &gt; ts + 5 s. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(5);

    public PaddleScheme(Clock clock, Duration tolerance) {
        super(ID, SIGNATURE_HEADER, ';', "ts", "h1", ":", clock, tolerance);
    }

    public PaddleScheme(Clock clock) {
        this(clock, DEFAULT_TOLERANCE);
    }

    @Override
    public SignedRequest signWithEach(Delivery delivery, List<? extends SigningKey> keys, Instant timestamp) {
        if (keys.size() > 1) {
            throw new UnsupportedOperationException(ID + " carries one signature per delivery; sign with one key");
        }
        return signEach(delivery, keys, timestamp);
    }
}
