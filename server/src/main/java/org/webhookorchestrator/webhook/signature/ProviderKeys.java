package org.webhookorchestrator.webhook.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a provider's secret, written as text (an environment variable, a file, a configuration value), becomes the key
 * a sender signs with and the key a receiver verifies with.
 *
 * <ul>
 *   <li>Shared-secret schemes: the same text on both sides, as {@link SharedSecret#utf8} or, for Standard Webhooks and
 *       Svix, {@link SharedSecret#standardWebhooks}.</li>
 *   <li>Discord (Ed25519): the sender holds the 32-byte seed as 64 hex digits, the receiver the public key as 64 hex
 *       digits, the form Discord shows.</li>
 *   <li>SendGrid (ECDSA P-256): the sender holds base64 PKCS#8 DER, the receiver base64 SPKI DER, the form SendGrid
 *       shows.</li>
 * </ul>
 * Messages never echo the text.
 */
public final class ProviderKeys {

    /** A sender's and a receiver's halves of one key, as text; equal for shared secrets. */
    public record KeyText(String signing, String verification) {

        public KeyText {
            Objects.requireNonNull(signing, "signing");
            Objects.requireNonNull(verification, "verification");
        }

        @Override
        public String toString() {
            return "KeyText[redacted]";
        }
    }

    private static final int SHARED_SECRET_BYTES = 32;
    private static final int ED25519_SPKI_PREFIX_LENGTH = 12;
    private static final int ED25519_PKCS8_PREFIX_LENGTH = 16;

    private ProviderKeys() {
    }

    /** The key {@code providerId}'s sender signs with, from its text form. */
    public static SigningKey signingKey(String providerId, String text) {
        Objects.requireNonNull(text, "text");
        return switch (providerId) {
            case "discord" -> PrivateSigningKey.ed25519Seed(hex(text, "a Discord signing seed"));
            case "sendgrid" -> PrivateSigningKey.ecdsaP256Pkcs8(base64(text, "a SendGrid PKCS#8 private key"));
            default -> sharedSecret(providerId, text);
        };
    }

    /** The key {@code providerId}'s receiver verifies with, from its text form. */
    public static VerificationKey verificationKey(String providerId, String text) {
        Objects.requireNonNull(text, "text");
        return switch (providerId) {
            case "discord" -> PublicVerificationKey.ed25519Hex(text.strip());
            case "sendgrid" -> PublicVerificationKey.ecdsaP256SpkiBase64(text);
            default -> sharedSecret(providerId, text);
        };
    }

    /** A fresh random key of the form {@code providerId} uses, both halves as text. */
    public static KeyText generate(String providerId, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        try {
            return switch (providerId) {
                case "discord" -> {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
                    generator.initialize(NamedParameterSpec.ED25519, random);
                    KeyPair pair = generator.generateKeyPair();
                    byte[] pkcs8 = pair.getPrivate().getEncoded();
                    byte[] spki = pair.getPublic().getEncoded();
                    yield new KeyText(
                            HexFormat.of().formatHex(Arrays.copyOfRange(pkcs8, ED25519_PKCS8_PREFIX_LENGTH,
                                    ED25519_PKCS8_PREFIX_LENGTH + 32)),
                            HexFormat.of().formatHex(Arrays.copyOfRange(spki, ED25519_SPKI_PREFIX_LENGTH,
                                    spki.length)));
                }
                case "sendgrid" -> {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
                    KeyPair pair = generator.generateKeyPair();
                    yield new KeyText(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                }
                default -> {
                    byte[] bytes = new byte[SHARED_SECRET_BYTES];
                    random.nextBytes(bytes);
                    String text = isStandardWebhooks(providerId)
                            ? "whsec_" + Base64.getEncoder().encodeToString(bytes)
                            : "whtest_" + HexFormat.of().formatHex(bytes);
                    yield new KeyText(text, text);
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 and P-256 key generation are required of every Java 17 runtime",
                    e);
        }
    }

    private static SharedSecret sharedSecret(String providerId, String text) {
        return isStandardWebhooks(providerId) ? SharedSecret.standardWebhooks(text.strip()) : SharedSecret.utf8(text);
    }

    private static boolean isStandardWebhooks(String providerId) {
        return providerId.equals("standard-webhooks") || providerId.equals("svix");
    }

    private static byte[] hex(String text, String what) {
        try {
            return HexFormat.of().parseHex(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is written as hex digits; this one is not");
        }
    }

    private static byte[] base64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is written as base64; this one is not");
        }
    }
}
