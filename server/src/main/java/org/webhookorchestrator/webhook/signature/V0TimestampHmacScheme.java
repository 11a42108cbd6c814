package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code v0} shape Slack and Zoom share: a signature header {@code v0=<hex>} and a timestamp header in Unix
 * seconds, HMAC-SHA256 over {@code "v0:" + timestamp + ":" + body} keyed with the secret's UTF-8 bytes.
 */
public final class V0TimestampHmacScheme implements SignatureScheme {

    /** bolt-js rejects requests older than 5 minutes; it checks only age, this verifier both directions. */
    public static final Duration SLACK_DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /**
     * Our choice, not a provider fact: no source states Zoom's window. 300 s matches the other schemes; configure it
     * if Zoom documents another.
     */
    public static final Duration ZOOM_DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final String VERSION = "v0";

    private final String id;
    private final String signatureHeader;
    private final String timestampHeader;
    private final ReplayWindow window;

    private V0TimestampHmacScheme(String id, String signatureHeader, String timestampHeader, Clock clock,
            Duration tolerance) {
        this.id = id;
        this.signatureHeader = signatureHeader;
        this.timestampHeader = timestampHeader;
        this.window = new ReplayWindow(clock, tolerance);
    }

    /** Slack: {@code X-Slack-Signature: v0=<hex>} and {@code X-Slack-Request-Timestamp}, with the signing secret. */
    public static V0TimestampHmacScheme slack(Clock clock, Duration tolerance) {
        return new V0TimestampHmacScheme("slack-v0", "X-Slack-Signature", "X-Slack-Request-Timestamp", clock,
                tolerance);
    }

    /**
     * Zoom: {@code x-zm-signature: v0=<hex>} and {@code x-zm-request-timestamp}, with the app's secret token. Zoom's
     * sample signs {@code JSON.stringify(req.body)}; this scheme signs the raw body, which is what Zoom sends.
     */
    public static V0TimestampHmacScheme zoom(Clock clock, Duration tolerance) {
        return new V0TimestampHmacScheme("zoom-v0", "x-zm-signature", "x-zm-request-timestamp", clock, tolerance);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<Duration> tolerance() {
        return Optional.of(window.tolerance());
    }

    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(id, key);
        String seconds = Long.toString(timestamp.getEpochSecond());
        byte[] mac = MacAlgorithm.HMAC_SHA256.mac(secret, signedContent(seconds, delivery));
        return SignedRequest.withHeaders(delivery, Headers.of(
                timestampHeader, seconds,
                signatureHeader, VERSION + "=" + SignatureEncoding.HEX.encode(mac)));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(id, key);
        Optional<String> signature = received.headers().first(signatureHeader).filter(value -> !value.isBlank());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, signatureHeader + " header is absent");
        }
        Optional<String> seconds = received.headers().first(timestampHeader).map(String::strip)
                .filter(value -> !value.isEmpty());
        if (seconds.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP, timestampHeader + " header is absent");
        }
        Optional<Instant> signedAt = ReplayWindow.parseEpochSeconds(seconds.get());
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP, timestampHeader + " is not Unix seconds");
        }
        String value = signature.get().strip();
        if (!value.startsWith(VERSION + "=")) {
            return value.matches("v[0-9]+=.*")
                    ? Verification.failed(FailureReason.UNSUPPORTED_VERSION,
                            signatureHeader + " is not a " + VERSION + " signature")
                    : Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                            signatureHeader + " does not start with " + VERSION + "=");
        }
        Optional<byte[]> decoded = SignatureEncoding.HEX.decode(value.substring(VERSION.length() + 1));
        if (decoded.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, signatureHeader + " is not hex");
        }
        byte[] expected = MacAlgorithm.HMAC_SHA256.mac(secret, signedContent(seconds.get(), received));
        if (!MacAlgorithm.same(expected, decoded.get())) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    signatureHeader + " does not match this timestamp, body and secret");
        }
        return window.check(signedAt.get());
    }

    private static byte[] signedContent(String seconds, Delivery delivery) {
        return Bytes.concat(Bytes.utf8(VERSION + ":" + seconds + ":"), delivery.bodyBytes());
    }
}
