package org.webhookorchestrator.webhook.signature;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A sender's private key for an asymmetric scheme. {@link #toString()} names the algorithm only.
 */
public final class PrivateSigningKey implements SigningKey {

    // DER header of a PKCS#8 OneAsymmetricKey for Ed25519 (RFC 8410 §7), followed by the 32-byte seed.
    private static final byte[] ED25519_PKCS8_PREFIX = {
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};
    private static final String STANDARD_WEBHOOKS_PREFIX = "whsk_";
    private static final int ED25519_SEED_LENGTH = 32;

    private final KeyAlgorithm algorithm;
    private final PrivateKey key;

    private PrivateSigningKey(KeyAlgorithm algorithm, PrivateKey key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    /** Wraps a JCA private key of the given algorithm. */
    public static PrivateSigningKey of(KeyAlgorithm algorithm, PrivateKey key) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        if (!KeyOperations.matches(algorithm, key)) {
            throw new IllegalArgumentException("not an " + algorithm + " private key: " + key.getAlgorithm());
        }
        return new PrivateSigningKey(algorithm, key);
    }

    /** An Ed25519 key from its 32-byte seed (the "private key" of RFC 8032). */
    public static PrivateSigningKey ed25519Seed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != ED25519_SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
        return new PrivateSigningKey(KeyAlgorithm.ED25519,
                decode(KeyAlgorithm.ED25519, Bytes.concat(ED25519_PKCS8_PREFIX, seed)));
    }

    /**
     * A Standard Webhooks asymmetric secret key: {@code whsk_} followed by base64 of the Ed25519 key. The spec says
     * only "base64 encoded"; both the 32-byte seed and the 64-byte seed-then-public-key form (as Go's {@code
     * ed25519.PrivateKey} serializes it) are accepted.
     */
    public static PrivateSigningKey standardWebhooks(String secretKey) {
        Objects.requireNonNull(secretKey, "secretKey");
        if (!secretKey.startsWith(STANDARD_WEBHOOKS_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret key starts with whsk_");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(secretKey.substring(STANDARD_WEBHOOKS_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a Standard Webhooks secret key is whsk_ followed by base64; this one is"
                    + " not valid base64");
        }
        if (raw.length != ED25519_SEED_LENGTH && raw.length != 2 * ED25519_SEED_LENGTH) {
            throw new IllegalArgumentException("a whsk_ key holds 32 or 64 bytes, got " + raw.length);
        }
        return ed25519Seed(Arrays.copyOf(raw, ED25519_SEED_LENGTH));
    }

    /** An ECDSA P-256 key from its PKCS#8 DER encoding. */
    public static PrivateSigningKey ecdsaP256Pkcs8(byte[] der) {
        Objects.requireNonNull(der, "der");
        PrivateKey key = decode(KeyAlgorithm.ECDSA_P256, der);
        if (!KeyOperations.matches(KeyAlgorithm.ECDSA_P256, key)) {
            throw new IllegalArgumentException("the PKCS#8 key is EC but not on curve P-256");
        }
        return new PrivateSigningKey(KeyAlgorithm.ECDSA_P256, key);
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    PrivateKey key() {
        return key;
    }

    private static PrivateKey decode(KeyAlgorithm algorithm, byte[] der) {
        try {
            KeyFactory factory = KeyFactory.getInstance(algorithm.keyFactoryAlgorithm());
            return factory.generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid " + algorithm + " private key", e);
        }
    }

    @Override
    public String toString() {
        return "PrivateSigningKey[" + algorithm + ", redacted]";
    }
}
