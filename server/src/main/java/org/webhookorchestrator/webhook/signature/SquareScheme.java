package org.webhookorchestrator.webhook.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Square: {@code x-square-hmacsha256-signature: <base64>}, HMAC-SHA256 keyed with the subscription's signature key
 * (UTF-8) over the notification URL followed by the raw body. The URL is {@link Delivery#url()} and must be exactly
 * the one configured on the subscription; a proxy that rewrites host or scheme breaks verification. No timestamp is
 * signed. (Square's SDK compares with {@code ===}; this one in constant time.)
 */
public final class SquareScheme implements SignatureScheme {

    public static final String ID = "square-hmac-sha256";
    public static final String SIGNATURE_HEADER = "x-square-hmacsha256-signature";

    @Override
    public String id() {
        return ID;
    }

    /** Timestamp ignored: Square signs none. */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        String signature = SignatureEncoding.BASE64.encode(mac(secret, delivery));
        return SignedRequest.withHeaders(delivery, Headers.of(SIGNATURE_HEADER, signature));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<String> header = received.headers().first(SIGNATURE_HEADER).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " header is absent");
        }
        Optional<byte[]> signature = SignatureEncoding.BASE64.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is not base64");
        }
        return MacAlgorithm.same(mac(secret, received), signature.get())
                ? Verification.ok()
                : Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                        SIGNATURE_HEADER + " does not match this notification URL, body and key");
    }

    private static byte[] mac(SharedSecret secret, Delivery delivery) {
        return MacAlgorithm.HMAC_SHA256.mac(secret, Bytes.utf8(delivery.url()), delivery.bodyBytes());
    }
}
