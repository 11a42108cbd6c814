package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot signature v3: {@code X-HubSpot-Signature-v3: <base64>} and {@code X-HubSpot-Request-Timestamp} in Unix
 * <em>milliseconds</em>, HMAC-SHA256 keyed with the app's client secret (UTF-8) over {@code method + uri + body +
 * timestamp}, the timestamp exactly as the header carries it.
 *
 * <p>The URI is {@link Delivery#url()} as given, as HubSpot's Node SDK uses it; HubSpot's docs additionally ask
 * receivers to decode some percent-escapes before signing, which this scheme does not do, so pass the URL in the form
 * HubSpot requested it. Default tolerance 300 000 ms ({@code Signature.MAX_ALLOWED_TIMESTAMP} in the SDK, which
 * checks only age; this verifier checks both directions). Legacy v1 and v2 signatures are {@link HubSpotLegacyScheme}.
 */
public final class HubSpotV3Scheme implements SignatureScheme {

    public static final String ID = "hubspot-v3";
    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    /** HubSpot Node SDK {@code MAX_ALLOWED_TIMESTAMP = 300000} ms. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMillis(300_000);

    private final ReplayWindow window;

    public HubSpotV3Scheme(Clock clock, Duration tolerance) {
        this.window = new ReplayWindow(clock, tolerance);
    }

    public HubSpotV3Scheme(Clock clock) {
        this(clock, DEFAULT_TOLERANCE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Duration> tolerance() {
        return Optional.of(window.tolerance());
    }

    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        String millis = Long.toString(timestamp.toEpochMilli());
        String signature = SignatureEncoding.BASE64.encode(mac(secret, delivery, millis));
        return SignedRequest.withHeaders(delivery, Headers.of(
                SIGNATURE_HEADER, signature,
                TIMESTAMP_HEADER, millis));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<String> header = received.headers().first(SIGNATURE_HEADER).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " header is absent");
        }
        Optional<String> millis = received.headers().first(TIMESTAMP_HEADER).map(String::strip)
                .filter(value -> !value.isEmpty());
        if (millis.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP, TIMESTAMP_HEADER + " header is absent");
        }
        Optional<Instant> signedAt = ReplayWindow.parseEpochMillis(millis.get());
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP,
                    TIMESTAMP_HEADER + " is not Unix milliseconds");
        }
        Optional<byte[]> signature = SignatureEncoding.BASE64.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is not base64");
        }
        if (!MacAlgorithm.same(mac(secret, received, millis.get()), signature.get())) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    SIGNATURE_HEADER + " does not match this method, URI, body, timestamp and secret");
        }
        return window.check(signedAt.get());
    }

    private static byte[] mac(SharedSecret secret, Delivery delivery, String millis) {
        return MacAlgorithm.HMAC_SHA256.mac(secret,
                Bytes.utf8(delivery.method() + delivery.url()), delivery.bodyBytes(), Bytes.utf8(millis));
    }
}
