package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape Discord and SendGrid share: a public-key signature over {@code timestamp + body} (no separator), with the
 * signature in one header and the timestamp (Unix seconds) in another. Only the sender's private key can sign; the
 * receiver holds the public key, so a leaked receiver configuration cannot forge deliveries.
 */
public final class TimestampedAsymmetricScheme implements SignatureScheme {

    /**
     * Our choice, not a provider fact: Discord's {@code verifyKey} does not check freshness at all. 300 s keeps a
     * captured interaction from being replayed later; configure it if that ever rejects genuine traffic.
     */
    public static final Duration DISCORD_DEFAULT_TOLERANCE = Duration.ofSeconds(300);
    /** Our choice, not a provider fact: no source states SendGrid's window. */
    public static final Duration SENDGRID_DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private final String id;
    private final KeyAlgorithm algorithm;
    private final SignatureEncoding encoding;
    private final String signatureHeader;
    private final String timestampHeader;
    private final ReplayWindow window;

    private TimestampedAsymmetricScheme(String id, KeyAlgorithm algorithm, SignatureEncoding encoding,
            String signatureHeader, String timestampHeader, Clock clock, Duration tolerance) {
        this.id = id;
        this.algorithm = algorithm;
        this.encoding = encoding;
        this.signatureHeader = signatureHeader;
        this.timestampHeader = timestampHeader;
        this.window = new ReplayWindow(clock, tolerance);
    }

    /**
     * Discord interactions and webhook events: {@code X-Signature-Ed25519: <hex>} and {@code X-Signature-Timestamp},
     * verified with the application's public key ({@link PublicVerificationKey#ed25519Hex}). Discord deliberately
     * sends bad signatures and drops endpoints that accept them.
     */
    public static TimestampedAsymmetricScheme discord(Clock clock, Duration tolerance) {
        return new TimestampedAsymmetricScheme("discord-ed25519", KeyAlgorithm.ED25519, SignatureEncoding.HEX,
                "X-Signature-Ed25519", "X-Signature-Timestamp", clock, tolerance);
    }

    /**
     * SendGrid Event Webhook: {@code X-Twilio-Email-Event-Webhook-Signature} (base64 of an ECDSA P-256 / SHA-256 DER
     * signature) and {@code X-Twilio-Email-Event-Webhook-Timestamp}, verified with the base64 SPKI public key SendGrid
     * shows ({@link PublicVerificationKey#ecdsaP256SpkiBase64}).
     */
    public static TimestampedAsymmetricScheme sendGrid(Clock clock, Duration tolerance) {
        return new TimestampedAsymmetricScheme("sendgrid-ecdsa-p256", KeyAlgorithm.ECDSA_P256,
                SignatureEncoding.BASE64, "X-Twilio-Email-Event-Webhook-Signature",
                "X-Twilio-Email-Event-Webhook-Timestamp", clock, tolerance);
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
        PrivateSigningKey privateKey = KeyOperations.requirePrivate(id, key, algorithm);
        String seconds = Long.toString(timestamp.getEpochSecond());
        byte[] signature = KeyOperations.sign(privateKey, signedContent(seconds, delivery));
        return SignedRequest.withHeaders(delivery, Headers.of(
                signatureHeader, encoding.encode(signature),
                timestampHeader, seconds));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        PublicVerificationKey publicKey = KeyOperations.requirePublic(id, key, algorithm);
        Optional<String> header = received.headers().first(signatureHeader).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
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
        Optional<byte[]> signature = encoding.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                    signatureHeader + " is not " + encoding.name().toLowerCase(Locale.ROOT));
        }
        if (!KeyOperations.verify(publicKey, signedContent(seconds.get(), received), signature.get())) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    signatureHeader + " does not match this timestamp, body and public key");
        }
        return window.check(signedAt.get());
    }

    private static byte[] signedContent(String seconds, Delivery delivery) {
        return Bytes.concat(Bytes.utf8(seconds), delivery.bodyBytes());
    }
}
