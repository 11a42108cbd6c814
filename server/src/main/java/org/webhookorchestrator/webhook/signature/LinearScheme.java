package org.webhookorchestrator.webhook.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Linear: {@code Linear-Signature: <hex>}, HMAC-SHA256 of the raw body keyed with the webhook signing secret (UTF-8).
 *
 * <p>The signature does not cover a header timestamp, so freshness comes from the body's {@code webhookTimestamp}
 * field (Unix milliseconds), which the signature does cover and which Linear's SDK checks; only when the body has no
 * such field is the {@code Linear-Timestamp} header (also milliseconds) used. Default tolerance 60 s either way, as
 * in Linear's SDK ({@code |now - webhookTimestamp| <= 60 s}). {@link #sign} sets the header and leaves the body as
 * given: an emulator that wants the body field puts it in the body it signs.
 */
public final class LinearScheme implements SignatureScheme {

    public static final String ID = "linear-hmac-sha256";
    public static final String SIGNATURE_HEADER = "Linear-Signature";
    public static final String TIMESTAMP_HEADER = "Linear-Timestamp";
    public static final String TIMESTAMP_FIELD = "webhookTimestamp";
    /** Linear SDK: more than one minute either side is refused. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ReplayWindow window;

    public LinearScheme(Clock clock, Duration tolerance) {
        this.window = new ReplayWindow(clock, tolerance);
    }

    public LinearScheme(Clock clock) {
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
        String signature = SignatureEncoding.HEX.encode(MacAlgorithm.HMAC_SHA256.mac(secret, delivery.bodyBytes()));
        return SignedRequest.withHeaders(delivery, Headers.of(
                SIGNATURE_HEADER, signature,
                TIMESTAMP_HEADER, Long.toString(timestamp.toEpochMilli())));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<String> header = received.headers().first(SIGNATURE_HEADER).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " header is absent");
        }
        Optional<String> millis = bodyTimestamp(received)
                .or(() -> received.headers().first(TIMESTAMP_HEADER).map(String::strip).filter(v -> !v.isEmpty()));
        if (millis.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP,
                    "neither the body's " + TIMESTAMP_FIELD + " nor the " + TIMESTAMP_HEADER + " header is present");
        }
        Optional<Instant> signedAt = ReplayWindow.parseEpochMillis(millis.get());
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP, "the timestamp is not Unix milliseconds");
        }
        Optional<byte[]> signature = SignatureEncoding.HEX.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is not hex");
        }
        byte[] expected = MacAlgorithm.HMAC_SHA256.mac(secret, received.bodyBytes());
        if (!MacAlgorithm.same(expected, signature.get())) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    SIGNATURE_HEADER + " does not match this body and secret");
        }
        return window.check(signedAt.get());
    }

    private static Optional<String> bodyTimestamp(Delivery delivery) {
        try {
            JsonNode field = JSON.readTree(delivery.bodyBytes()).path(TIMESTAMP_FIELD);
            return field.isIntegralNumber() || field.isTextual() ? Optional.of(field.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not JSON: the header is the only timestamp there is
        }
    }
}
