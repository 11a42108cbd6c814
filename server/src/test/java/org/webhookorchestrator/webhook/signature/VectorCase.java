package org.webhookorchestrator.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link SignatureVector} made runnable: the scheme that should accept it (clock pinned to the vector's timestamp),
 * the key, and the delivery as it arrived.
 */
record VectorCase(SignatureVector vector, SignatureScheme scheme, VerificationKey key, Delivery delivery) {

    /** Used for vectors without a timestamp, whose schemes never read the clock. */
    static final Instant NO_TIMESTAMP = Instant.parse("2024-01-01T00:00:00Z");
    static final String DEFAULT_URL = "https://receiver.example/webhooks";

    /** RFC 8032 §7.1 TEST 1 secret key: the vector's "source" says its Discord signature was made with it. */
    static final String RFC8032_TEST1_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    private static final Map<String, Function<Clock, SignatureScheme>> SCHEMES = Map.ofEntries(
            Map.entry("github-docs", clock -> BodyHmacScheme.github()),
            Map.entry("github-octokit-test", clock -> BodyHmacScheme.github()),
            Map.entry("slack-docs", clock -> V0TimestampHmacScheme.slack(clock,
                    V0TimestampHmacScheme.SLACK_DEFAULT_TOLERANCE)),
            Map.entry("standard-webhooks-lib", clock -> StandardWebhooksScheme.standardWebhooks(clock,
                    StandardWebhooksScheme.DEFAULT_TOLERANCE)),
            Map.entry("svix-docs", clock -> StandardWebhooksScheme.svix(clock,
                    StandardWebhooksScheme.DEFAULT_TOLERANCE)),
            Map.entry("twilio-form", clock -> new TwilioScheme()),
            Map.entry("twilio-json-bodysha256", clock -> new TwilioScheme()),
            Map.entry("square-1", clock -> new SquareScheme()),
            Map.entry("square-2", clock -> new SquareScheme()),
            Map.entry("paddle-sdk", PaddleScheme::new),
            Map.entry("hubspot-v1", clock -> HubSpotLegacyScheme.v1()),
            Map.entry("hubspot-v2", clock -> HubSpotLegacyScheme.v2()),
            Map.entry("sendgrid-sdk", clock -> TimestampedAsymmetricScheme.sendGrid(clock,
                    TimestampedAsymmetricScheme.SENDGRID_DEFAULT_TOLERANCE)),
            Map.entry("stripe-lib-generated", StripeScheme::new),
            Map.entry("discord-self-generated", clock -> TimestampedAsymmetricScheme.discord(clock,
                    TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE)));

    static boolean isKnown(String vectorId) {
        return SCHEMES.containsKey(vectorId);
    }

    static List<VectorCase> all() {
        return SignatureVector.all().stream().map(VectorCase::of).toList();
    }

    static VectorCase of(SignatureVector vector) {
        Function<Clock, SignatureScheme> scheme = SCHEMES.get(vector.id());
        if (scheme == null) {
            throw new IllegalStateException("no scheme mapped for vector " + vector.id());
        }
        return new VectorCase(vector, scheme.apply(clockAt(signedAt(vector))), key(vector), received(vector));
    }

    static Instant signedAt(SignatureVector vector) {
        return vector.timestamp().map(ts -> Instant.ofEpochSecond(Long.parseLong(ts))).orElse(NO_TIMESTAMP);
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    Instant signedAt() {
        return signedAt(vector);
    }

    /** The shared secret, for vectors that have one. */
    Optional<SharedSecret> sharedSecret() {
        return key instanceof SharedSecret secret ? Optional.of(secret) : Optional.empty();
    }

    /** The key the sender signed with, where the vector gives enough to rebuild it. */
    Optional<SigningKey> signingKey() {
        if (key instanceof SharedSecret secret) {
            return Optional.of(secret);
        }
        if (vector.publicKeyHex().isPresent()) {
            return Optional.of(PrivateSigningKey.ed25519Seed(HexFormat.of().parseHex(RFC8032_TEST1_SEED)));
        }
        return Optional.empty(); // SendGrid publishes its public key only
    }

    /** The same scheme with its clock moved to {@code now}. */
    SignatureScheme schemeAt(Instant now) {
        return SCHEMES.get(vector.id()).apply(clockAt(now));
    }

    /** The delivery before the sender signed it: expected headers gone (bar the message id), bodySHA256 not yet in. */
    Delivery unsigned() {
        Headers headers = delivery.headers();
        for (String name : vector.expectedHeaders().keySet()) {
            if (!name.toLowerCase(Locale.ROOT).endsWith("-id")) {
                headers = headers.without(name);
            }
        }
        return delivery.withHeaders(headers).withUrl(delivery.url().replaceFirst("[?&]bodySHA256=[0-9a-f]*", ""));
    }

    private static VerificationKey key(SignatureVector vector) {
        if (vector.publicKeySpkiBase64().isPresent()) {
            return PublicVerificationKey.ecdsaP256SpkiBase64(vector.publicKeySpkiBase64().get());
        }
        if (vector.publicKeyHex().isPresent()) {
            return PublicVerificationKey.ed25519Hex(vector.publicKeyHex().get());
        }
        String secret = vector.secret().orElseThrow(() -> new IllegalStateException(vector.id() + " has no key"));
        boolean standardWebhooks = vector.id().startsWith("standard-webhooks") || vector.id().startsWith("svix");
        return standardWebhooks ? SharedSecret.standardWebhooks(secret) : SharedSecret.utf8(secret);
    }

    private static Delivery received(SignatureVector vector) {
        Delivery.Builder builder = Delivery.builder(vector.method().orElse("POST"), vector.url().orElse(DEFAULT_URL))
                .body(vector.payload().orElse("").getBytes(StandardCharsets.UTF_8))
                .formParams(new LinkedHashMap<>(vector.params()));
        vector.expectedHeaders().forEach(builder::header);
        return builder.build();
    }

    @Override
    public String toString() {
        return vector.id(); // the name JUnit shows for each row
    }
}
