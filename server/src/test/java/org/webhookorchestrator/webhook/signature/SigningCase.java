package org.webhookorchestrator.webhook.signature;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A provider in the registry that can sign, with a key pair (the same shared secret twice, or a private and public
 * key), a second key for rotation, and a delivery shaped as that provider sends it.
 *
 * @param tolerance the provider's default tolerance, or empty when the scheme signs no timestamp
 */
record SigningCase(String providerId, SigningKey signingKey, VerificationKey verificationKey,
        SigningKey otherSigningKey, VerificationKey otherVerificationKey, Delivery delivery,
        Optional<Duration> tolerance) {

    static final Instant SIGNED_AT = Instant.parse("2025-06-01T12:00:00Z");
    static final String SECRET = "test-secret-3f9a1c";
    static final String OTHER_SECRET = "rotated-secret-77b2e0";
    static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

    private static final SigningKeyPair DISCORD_KEYS = new SigningKeyPair(
            PrivateSigningKey.ed25519Seed(HexFormat.of().parseHex(VectorCase.RFC8032_TEST1_SEED)),
            PublicVerificationKey.ed25519Hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

    static Stream<SigningCase> all() {
        return SignatureSchemes.providerIds().stream()
                .filter(id -> !id.equals("paypal")) // PayPal cannot be signed offline
                .map(SigningCase::of);
    }

    static Stream<SigningCase> timestamped() {
        return all().filter(c -> c.tolerance().isPresent());
    }

    static SigningCase of(String providerId) {
        String json = "{\"id\":\"evt_1\",\"type\":\"ping\",\"data\":{\"ok\":true}}";
        Delivery.Builder delivery = Delivery.builder("POST", "https://receiver.example/webhooks/" + providerId)
                .header("Content-Type", "application/json")
                .body(json);
        SharedSecret secret = SharedSecret.utf8(SECRET);
        SharedSecret other = SharedSecret.utf8(OTHER_SECRET);
        return switch (providerId) {
            case "standard-webhooks", "svix" -> {
                SharedSecret decoded = SharedSecret.standardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
                SharedSecret rotated = SharedSecret.standardWebhooks("whsec_plJ3nmyCDGBKInavdOK15jsl");
                delivery.header(providerId.equals("svix") ? "svix-id" : "webhook-id", MESSAGE_ID);
                yield new SigningCase(providerId, decoded, decoded, rotated, rotated, delivery.build(),
                        Optional.of(StandardWebhooksScheme.DEFAULT_TOLERANCE));
            }
            case "discord" -> {
                SigningKeyPair rotated = SigningKeyPair.generate(KeyAlgorithm.ED25519, new SecureRandom());
                yield new SigningCase(providerId, DISCORD_KEYS.signingKey(), DISCORD_KEYS.verificationKey(),
                        rotated.signingKey(), rotated.verificationKey(), delivery.build(),
                        Optional.of(TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE));
            }
            case "sendgrid" -> {
                SigningKeyPair keys = SigningKeyPair.generate(KeyAlgorithm.ECDSA_P256, new SecureRandom());
                SigningKeyPair rotated = SigningKeyPair.generate(KeyAlgorithm.ECDSA_P256, new SecureRandom());
                yield new SigningCase(providerId, keys.signingKey(), keys.verificationKey(), rotated.signingKey(),
                        rotated.verificationKey(), delivery.build(),
                        Optional.of(TimestampedAsymmetricScheme.SENDGRID_DEFAULT_TOLERANCE));
            }
            case "mailgun" -> new SigningCase(providerId, secret, secret, other, other,
                    Delivery.builder("POST", "https://receiver.example/webhooks/mailgun")
                            .header("Content-Type", "application/json")
                            .body("{\"event-data\":{\"event\":\"delivered\",\"id\":\"CPgfbmQMTCKtHW6uIWtuVe\"}}")
                            .build(),
                    Optional.of(MailgunScheme.DEFAULT_TOLERANCE));
            default -> new SigningCase(providerId, secret, secret, other, other, delivery.build(),
                    tolerance(providerId));
        };
    }

    private static Optional<Duration> tolerance(String providerId) {
        return Optional.ofNullable(switch (providerId) {
            case "stripe" -> StripeScheme.DEFAULT_TOLERANCE;
            case "slack" -> V0TimestampHmacScheme.SLACK_DEFAULT_TOLERANCE;
            case "zoom" -> V0TimestampHmacScheme.ZOOM_DEFAULT_TOLERANCE;
            case "paddle" -> PaddleScheme.DEFAULT_TOLERANCE;
            case "linear" -> LinearScheme.DEFAULT_TOLERANCE;
            case "hubspot" -> HubSpotV3Scheme.DEFAULT_TOLERANCE;
            default -> null;
        });
    }

    /** The provider's scheme from a registry whose clock reads {@code now}; Mailgun tokens are seeded. */
    SignatureScheme schemeAt(Instant now) {
        return SignatureSchemes.create(Clock.fixed(now, ZoneOffset.UTC), new SplittableRandom(7))
                .forProvider(providerId);
    }

    SignatureScheme scheme() {
        return schemeAt(SIGNED_AT);
    }

    SignedRequest signed() {
        return scheme().sign(delivery, signingKey, SIGNED_AT);
    }

    /** The signed delivery with its signature removed: signature headers dropped, or the unsigned body. */
    Delivery withoutSignature() {
        SignedRequest signed = signed();
        if (signed.signatureHeaders().isEmpty()) {
            return delivery;
        }
        Headers headers = signed.delivery().headers();
        for (String name : signed.signatureHeaders().names()) {
            headers = headers.without(name);
        }
        return signed.delivery().withHeaders(headers);
    }

    List<SigningKey> bothSigningKeys() {
        return List.of(signingKey, otherSigningKey);
    }

    @Override
    public String toString() {
        return providerId;
    }
}
