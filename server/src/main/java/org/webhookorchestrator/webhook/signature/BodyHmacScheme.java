package org.webhookorchestrator.webhook.signature;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HMAC of the raw body alone in one header, optionally behind an algorithm prefix such as {@code sha256=}:
 * GitHub, Intercom, Jira and Shopify. None of these carries a timestamp, so none protects against replay; a receiver
 * has to deduplicate on the provider's delivery id instead.
 */
public final class BodyHmacScheme implements SignatureScheme {

    private final String id;
    private final List<String> headerNames;
    private final String prefix;
    private final MacAlgorithm algorithm;
    private final SignatureEncoding encoding;
    private final Optional<String> refusedLegacyHeader;

    private BodyHmacScheme(String id, List<String> headerNames, String prefix, MacAlgorithm algorithm,
            SignatureEncoding encoding, Optional<String> refusedLegacyHeader) {
        this.id = id;
        this.headerNames = headerNames;
        this.prefix = prefix;
        this.algorithm = algorithm;
        this.encoding = encoding;
        this.refusedLegacyHeader = refusedLegacyHeader;
    }

    /**
     * GitHub: {@code X-Hub-Signature-256: sha256=<hex>}, HMAC-SHA256 of the body with the webhook secret's UTF-8
     * bytes. The legacy {@code X-Hub-Signature: sha1=…} header alone is refused ({@link
     * FailureReason#UNSUPPORTED_VERSION}): GitHub sends both, and SHA-1 is kept only for old receivers.
     */
    public static BodyHmacScheme github() {
        return new BodyHmacScheme("github-sha256", List.of("X-Hub-Signature-256"), "sha256=",
                MacAlgorithm.HMAC_SHA256, SignatureEncoding.HEX, Optional.of("X-Hub-Signature"));
    }

    /**
     * Shopify: {@code X-Shopify-Hmac-Sha256: <base64>}, HMAC-SHA256 of the body with the app's client secret. The
     * Events preview's {@code shopify-hmac-sha256} name is accepted on verify as well.
     */
    public static BodyHmacScheme shopify() {
        return new BodyHmacScheme("shopify-hmac-sha256", List.of("X-Shopify-Hmac-Sha256", "shopify-hmac-sha256"), "",
                MacAlgorithm.HMAC_SHA256, SignatureEncoding.BASE64, Optional.empty());
    }

    /**
     * Intercom: {@code X-Hub-Signature: sha1=<hex>}, HMAC-SHA1 of the body with the app's {@code client_secret}
     * (sources for this are secondary only).
     */
    public static BodyHmacScheme intercom() {
        return new BodyHmacScheme("intercom-sha1", List.of("X-Hub-Signature"), "sha1=", MacAlgorithm.HMAC_SHA1,
                SignatureEncoding.HEX, Optional.empty());
    }

    /**
     * Jira Cloud: {@code X-Hub-Signature: sha256=<hex>} (WebSub style), HMAC-SHA256 of the body with the configured
     * secret, sent only when a secret is set (sources are secondary only).
     */
    public static BodyHmacScheme jira() {
        return new BodyHmacScheme("jira-sha256", List.of("X-Hub-Signature"), "sha256=", MacAlgorithm.HMAC_SHA256,
                SignatureEncoding.HEX, Optional.empty());
    }

    @Override
    public String id() {
        return id;
    }

    /** Timestamp ignored: these schemes sign the body only. */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(id, key);
        String value = prefix + encoding.encode(algorithm.mac(secret, delivery.bodyBytes()));
        return SignedRequest.withHeaders(delivery, Headers.of(headerNames.get(0), value));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(id, key);
        Optional<String> header = headerNames.stream()
                .flatMap(name -> received.headers().first(name).stream())
                .filter(value -> !value.isBlank())
                .findFirst();
        if (header.isEmpty()) {
            if (refusedLegacyHeader.filter(received.headers()::contains).isPresent()) {
                return Verification.failed(FailureReason.UNSUPPORTED_VERSION, "only the legacy "
                        + refusedLegacyHeader.get() + " header is present; " + headerNames.get(0) + " is required");
            }
            return Verification.failed(FailureReason.MISSING_SIGNATURE, headerNames.get(0) + " header is absent");
        }
        String value = header.get().strip();
        if (!value.startsWith(prefix)) {
            int equals = value.indexOf('=');
            boolean otherAlgorithm = !prefix.isEmpty() && equals > 0
                    && value.substring(0, equals).chars().allMatch(Character::isLetterOrDigit);
            return otherAlgorithm
                    ? Verification.failed(FailureReason.UNSUPPORTED_VERSION, headerNames.get(0) + " uses "
                            + value.substring(0, equals + 1) + ", expected " + prefix)
                    : Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                            headerNames.get(0) + " does not start with " + prefix);
        }
        Optional<byte[]> signature = encoding.decode(value.substring(prefix.length()));
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                    headerNames.get(0) + " is not " + encoding.name().toLowerCase(Locale.ROOT));
        }
        byte[] expected = algorithm.mac(secret, received.bodyBytes());
        return MacAlgorithm.same(expected, signature.get())
                ? Verification.ok()
                : Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                        headerNames.get(0) + " does not match this body and secret");
    }
}
