package org.webhookorchestrator.webhook.signature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Mailgun: no header. The JSON body carries {@code "signature": {"timestamp", "token", "signature"}}, the signature
 * being the hex HMAC-SHA256, keyed with the HTTP webhook signing key (UTF-8), of {@code timestamp + token} with no
 * separator. The body itself is not signed, so {@link #sign} rewrites the body to insert the object (the rest of the
 * JSON is kept, its whitespace may not be); the token comes from the injected source.
 *
 * <p>Default tolerance 300 s either way: our choice, not a provider fact. Mailgun also recommends refusing a token
 * seen before; that is the receiver's deduplication, not this scheme's.
 */
public final class MailgunScheme implements SignatureScheme {

    public static final String ID = "mailgun-hmac-sha256";
    public static final String SIGNATURE_FIELD = "signature";
    /** Our choice, not a provider fact. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ReplayWindow window;
    private final Supplier<String> tokens;

    /**
     * @param tokens the source of the random token each signed delivery carries (Mailgun's are 50 characters)
     */
    public MailgunScheme(Clock clock, Duration tolerance, Supplier<String> tokens) {
        this.window = new ReplayWindow(clock, tolerance);
        this.tokens = Objects.requireNonNull(tokens, "tokens");
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
        String seconds = Long.toString(timestamp.getEpochSecond());
        String token = Objects.requireNonNull(tokens.get(), "token source returned null");
        ObjectNode signature = JSON.createObjectNode()
                .put("token", token)
                .put("timestamp", seconds)
                .put("signature", SignatureEncoding.HEX.encode(mac(secret, seconds, token)));
        ObjectNode body = JSON.createObjectNode();
        body.set(SIGNATURE_FIELD, signature);
        if (delivery.bodyLength() > 0) {
            JsonNode original;
            try {
                original = JSON.readTree(delivery.bodyBytes());
            } catch (IOException e) {
                throw new IllegalArgumentException(ID + " signs inside a JSON object body; this body is not JSON", e);
            }
            if (!original.isObject()) {
                throw new IllegalArgumentException(ID + " signs inside a JSON object body; this body is not an object");
            }
            for (Map.Entry<String, JsonNode> field : original.properties()) {
                if (!field.getKey().equals(SIGNATURE_FIELD)) {
                    body.set(field.getKey(), field.getValue());
                }
            }
        }
        try {
            return new SignedRequest(delivery.withBody(JSON.writeValueAsBytes(body)), Headers.empty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        JsonNode body;
        try {
            body = JSON.readTree(received.bodyBytes());
        } catch (IOException e) {
            return Verification.failed(FailureReason.MALFORMED_BODY, "the body is not JSON");
        }
        JsonNode signature = body == null ? null : body.get(SIGNATURE_FIELD);
        if (signature == null || !signature.isObject()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, "the body has no signature object");
        }
        Optional<String> seconds = text(signature, "timestamp");
        if (seconds.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_TIMESTAMP, "signature.timestamp is absent");
        }
        Optional<Instant> signedAt = ReplayWindow.parseEpochSeconds(seconds.get());
        if (signedAt.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_TIMESTAMP, "signature.timestamp is not Unix seconds");
        }
        Optional<String> token = text(signature, "token");
        Optional<byte[]> sent = text(signature, "signature").flatMap(SignatureEncoding.HEX::decode);
        if (token.isEmpty() || sent.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE,
                    "signature.token is absent or signature.signature is not hex");
        }
        if (!MacAlgorithm.same(mac(secret, seconds.get(), token.get()), sent.get())) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    "signature.signature does not match this timestamp, token and key");
        }
        return window.check(signedAt.get());
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && (value.isTextual() || value.isIntegralNumber()) && !value.asText().isEmpty()
                ? Optional.of(value.asText())
                : Optional.empty();
    }

    private static byte[] mac(SharedSecret secret, String seconds, String token) {
        return MacAlgorithm.HMAC_SHA256.mac(secret, Bytes.utf8(seconds + token));
    }
}
