package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Standard Webhooks 1.0 and Svix, which is the same scheme under {@code svix-} header names.
 *
 * <p>Headers {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}, a
 * space-delimited list of {@code <version>,<base64>} entries over {@code id + "." + timestamp + "." + body}:
 * {@code v1} is HMAC-SHA256 keyed with the bytes a {@code whsec_} secret decodes to ({@link
 * SharedSecret#standardWebhooks}); {@code v1a} is Ed25519 ({@link PrivateSigningKey#standardWebhooks whsk_} / {@link
 * PublicVerificationKey#standardWebhooks whpk_}). A verifier holding a shared secret looks at the {@code v1} entries,
 * one holding a public key at the {@code v1a} entries, and any matching entry is accepted: the list is how a sender
 * rotates keys without downtime, and {@link #signWithEach} writes one entry per key.
 *
 * <p>The message id is not invented here: the delivery to sign must carry it in the id header, because it is also
 * the receiver's idempotency key and must stay the same across retries.
 *
 * <p>Default tolerance ±300 s, past and future, as in the official libraries (the spec itself gives no number).
 */
public final class StandardWebhooksScheme implements SignatureScheme {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final String HMAC_VERSION = "v1";
    private static final String ED25519_VERSION = "v1a";

    private final String id;
    /** Header prefixes accepted on verify, in order of preference; the first is written on sign. */
    private final List<String> prefixes;
    private final ReplayWindow window;

    private StandardWebhooksScheme(String id, List<String> prefixes, Clock clock, Duration tolerance) {
        this.id = id;
        this.prefixes = prefixes;
        this.window = new ReplayWindow(clock, tolerance);
    }

    /** Standard Webhooks with {@code webhook-*} headers. */
    public static StandardWebhooksScheme standardWebhooks(Clock clock, Duration tolerance) {
        return new StandardWebhooksScheme("standard-webhooks-v1", List.of("webhook-"), clock, tolerance);
    }

    /**
     * Svix (also behind Clerk and Resend): signs with {@code svix-*} headers and, as the Svix libraries do, verifies
     * either {@code svix-*} or the white-label {@code webhook-*} names.
     */
    public static StandardWebhooksScheme svix(Clock clock, Duration tolerance) {
        return new StandardWebhooksScheme("svix-v1", List.of("svix-", "webhook-"), clock, tolerance);
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
    public boolean supportsSeveralSignatures() {
        return true;
    }

    /** Signs with a {@code whsec_} shared secret ({@code v1}) or an Ed25519 private key ({@code v1a}). */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        return signWithEach(delivery, List.of(key), timestamp);
    }

    @Override
    public SignedRequest signWithEach(Delivery delivery, List<? extends SigningKey> keys, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(timestamp, "timestamp");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one key is needed to sign");
        }
        String prefix = prefixes.get(0);
        String messageId = prefixes.stream()
                .flatMap(p -> delivery.headers().first(p + "id").stream())
                .filter(value -> !value.isBlank())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " signs the message id; set the " + prefix
                        + "id header on the delivery before signing"));
        if (messageId.contains(".")) {
            throw new IllegalArgumentException("a message id must not contain '.', it delimits the signed content");
        }
        String seconds = Long.toString(timestamp.getEpochSecond());
        byte[] content = signedContent(messageId, seconds, delivery);
        List<String> entries = new ArrayList<>();
        for (SigningKey key : keys) {
            if (key instanceof SharedSecret secret) {
                entries.add(HMAC_VERSION + "," + SignatureEncoding.BASE64.encode(
                        MacAlgorithm.HMAC_SHA256.mac(secret, content)));
            } else {
                PrivateSigningKey privateKey = KeyOperations.requirePrivate(id, key, KeyAlgorithm.ED25519);
                entries.add(ED25519_VERSION + "," + SignatureEncoding.BASE64.encode(
                        KeyOperations.sign(privateKey, content)));
            }
        }
        return SignedRequest.withHeaders(delivery, Headers.of(
                prefix + "id", messageId,
                prefix + "timestamp", seconds,
                prefix + "signature", String.join(" ", entries)));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        Objects.requireNonNull(key, "key");
        String version = key instanceof SharedSecret ? HMAC_VERSION : ED25519_VERSION;
        if (!(key instanceof SharedSecret)) {
            KeyOperations.requirePublic(id, key, KeyAlgorithm.ED25519);
        }
        Headers headers = received.headers();
        Optional<String> prefix = prefixes.stream()
                .filter(p -> headers.first(p + "signature").filter(value -> !value.isBlank()).isPresent())
                .findFirst();
        if (prefix.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, prefixes.get(0) + "signature header is absent");
        }
        String p = prefix.get();
        Optional<String> messageId = headers.first(p + "id").filter(value -> !value.isBlank());
        if (messageId.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_HEADER, p + "id header is absent");
        }
        Optional<String> seconds = headers.first(p + "timestamp").map(String::strip).filter(value -> !value.isEmpty());
        if (seconds.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP, p + "timestamp header is absent");
        }
        Optional<Instant> signedAt = ReplayWindow.parseEpochSeconds(seconds.get());
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP, p + "timestamp is not Unix seconds");
        }
        Set<String> versionsSeen = new LinkedHashSet<>();
        List<byte[]> candidates = new ArrayList<>();
        for (String entry : headers.first(p + "signature").orElseThrow().strip().split("\\s+")) {
            int comma = entry.indexOf(',');
            if (comma <= 0) {
                continue;
            }
            String entryVersion = entry.substring(0, comma);
            versionsSeen.add(entryVersion);
            if (entryVersion.equals(version)) {
                SignatureEncoding.BASE64.decode(entry.substring(comma + 1)).ifPresent(candidates::add);
            }
        }
        if (!versionsSeen.contains(version)) {
            return versionsSeen.isEmpty()
                    ? Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                            p + "signature has no <version>,<signature> entry")
                    : Verification.failed(FailureReason.UNSUPPORTED_VERSION, p + "signature has " + versionsSeen
                            + " entries, none of version " + version + " that this key verifies");
        }
        if (candidates.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                    p + "signature " + version + " entries are not base64");
        }
        byte[] content = signedContent(messageId.get(), seconds.get(), received);
        byte[] expectedMac = key instanceof SharedSecret secret ? MacAlgorithm.HMAC_SHA256.mac(secret, content) : null;
        boolean matched = false;
        for (byte[] candidate : candidates) {
            matched |= expectedMac != null
                    ? MacAlgorithm.same(expectedMac, candidate)
                    : KeyOperations.verify((PublicVerificationKey) key, content, candidate);
        }
        if (!matched) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    "no " + version + " entry in " + p + "signature matches this id, timestamp, body and key");
        }
        return window.check(signedAt.get());
    }

    private static byte[] signedContent(String messageId, String seconds, Delivery delivery) {
        return Bytes.concat(Bytes.utf8(messageId + "." + seconds + "."), delivery.bodyBytes());
    }
}
