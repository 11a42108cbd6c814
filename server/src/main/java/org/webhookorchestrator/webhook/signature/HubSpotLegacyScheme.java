package org.webhookorchestrator.webhook.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot's legacy signatures, still sent beside v3: {@code X-HubSpot-Signature: <hex>} with {@code
 * X-HubSpot-Signature-Version: v1|v2}. They are plain SHA-256 digests with the client secret prepended, not HMACs:
 * v1 over {@code secret + body}, v2 over {@code secret + method + url + body}. No timestamp, so no replay protection;
 * prefer {@link HubSpotV3Scheme}, which is what the registry returns for {@code hubspot}. These exist so that the
 * SDK's published vectors (legacy only) can be checked and old apps emulated.
 */
public final class HubSpotLegacyScheme implements SignatureScheme {

    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature";
    public static final String VERSION_HEADER = "X-HubSpot-Signature-Version";

    private final String version;

    private HubSpotLegacyScheme(String version) {
        this.version = version;
    }

    /** v1: SHA-256 hex of {@code clientSecret + body}. */
    public static HubSpotLegacyScheme v1() {
        return new HubSpotLegacyScheme("v1");
    }

    /** v2: SHA-256 hex of {@code clientSecret + method + url + body}. */
    public static HubSpotLegacyScheme v2() {
        return new HubSpotLegacyScheme("v2");
    }

    @Override
    public String id() {
        return "hubspot-" + version;
    }

    /** Timestamp ignored: the legacy versions sign none. */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(id(), key);
        return SignedRequest.withHeaders(delivery, Headers.of(
                SIGNATURE_HEADER, SignatureEncoding.HEX.encode(digest(secret, delivery)),
                VERSION_HEADER, version));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(id(), key);
        Optional<String> header = received.headers().first(SIGNATURE_HEADER).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " header is absent");
        }
        Optional<String> sentVersion = received.headers().first(VERSION_HEADER).map(String::strip);
        if (sentVersion.isPresent() && !sentVersion.get().equals(version)) {
            return Verification.failed(FailureReason.UNSUPPORTED_VERSION,
                    VERSION_HEADER + " is " + sentVersion.get() + ", this verifier checks " + version);
        }
        Optional<byte[]> signature = SignatureEncoding.HEX.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is not hex");
        }
        return MacAlgorithm.same(digest(secret, received), signature.get())
                ? Verification.ok()
                : Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                        SIGNATURE_HEADER + " does not match this request and secret");
    }

    private byte[] digest(SharedSecret secret, Delivery delivery) {
        byte[] request = version.equals("v1") ? new byte[0] : Bytes.utf8(delivery.method() + delivery.url());
        return MacAlgorithm.sha256(secret.bytes(), request, delivery.bodyBytes());
    }
}
