package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape Stripe and Paddle share: one header holding a timestamp field and one or more hex HMAC-SHA256 fields,
 * over {@code timestamp + delimiter + body}, with the secret's UTF-8 bytes as the key. A match on any signature field
 * is accepted; fields of other versions are ignored.
 */
abstract class FieldListHmacScheme implements SignatureScheme {

    private final String id;
    private final String headerName;
    private final char fieldSeparator;
    private final String timestampField;
    private final String signatureField;
    private final String contentDelimiter;
    private final ReplayWindow window;

    FieldListHmacScheme(String id, String headerName, char fieldSeparator, String timestampField,
            String signatureField, String contentDelimiter, Clock clock, Duration tolerance) {
        this.id = id;
        this.headerName = headerName;
        this.fieldSeparator = fieldSeparator;
        this.timestampField = timestampField;
        this.signatureField = signatureField;
        this.contentDelimiter = contentDelimiter;
        this.window = new ReplayWindow(clock, tolerance);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Optional<Duration> tolerance() {
        return Optional.of(window.tolerance());
    }

    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        return signWithEach(delivery, List.of(key), timestamp);
    }

    /** Signs once per key into one header; subclasses that send a single signature refuse more than one key. */
    final SignedRequest signEach(Delivery delivery, List<? extends SigningKey> keys, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(timestamp, "timestamp");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one key is needed to sign");
        }
        String seconds = Long.toString(timestamp.getEpochSecond());
        StringBuilder header = new StringBuilder(timestampField).append('=').append(seconds);
        for (SigningKey key : keys) {
            SharedSecret secret = KeyOperations.requireSecret(id, key);
            byte[] mac = MacAlgorithm.HMAC_SHA256.mac(secret, signedContent(seconds, delivery));
            header.append(fieldSeparator).append(signatureField).append('=').append(SignatureEncoding.HEX.encode(mac));
        }
        return SignedRequest.withHeaders(delivery, Headers.of(headerName, header.toString()));
    }

    @Override
    public final Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(id, key);
        Optional<String> header = received.headers().first(headerName).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, headerName + " header is absent");
        }
        List<Map.Entry<String, String>> fields = SignatureHeaderFields.parse(header.get(), fieldSeparator);
        List<String> timestamps = SignatureHeaderFields.valuesOf(fields, timestampField);
        if (timestamps.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP,
                    headerName + " has no " + timestampField + "= field");
        }
        String seconds = timestamps.get(0);
        Optional<Instant> signedAt = ReplayWindow.parseEpochSeconds(seconds);
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP,
                    headerName + " " + timestampField + "= is not Unix seconds");
        }
        List<String> signatures = SignatureHeaderFields.valuesOf(fields, signatureField);
        if (signatures.isEmpty()) {
            boolean otherVersions = fields.stream().anyMatch(field -> !field.getKey().equals(timestampField));
            return otherVersions
                    ? Verification.failed(FailureReason.UNSUPPORTED_VERSION,
                            headerName + " has no " + signatureField + "= signature, only other versions")
                    : Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                            headerName + " has no " + signatureField + "= signature");
        }
        List<byte[]> decoded = new ArrayList<>();
        for (String signature : signatures) {
            SignatureEncoding.HEX.decode(signature).ifPresent(decoded::add);
        }
        if (decoded.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                    headerName + " " + signatureField + "= values are not hex");
        }
        byte[] expected = MacAlgorithm.HMAC_SHA256.mac(secret, signedContent(seconds, received));
        // Compare against every candidate so that the time taken does not say which one matched.
        boolean matched = false;
        for (byte[] candidate : decoded) {
            matched |= MacAlgorithm.same(expected, candidate);
        }
        if (!matched) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    "no " + signatureField + "= signature in " + headerName + " matches this body and secret");
        }
        return window.check(signedAt.get());
    }

    private byte[] signedContent(String seconds, Delivery delivery) {
        return Bytes.concat(Bytes.utf8(seconds + contentDelimiter), delivery.bodyBytes());
    }
}
