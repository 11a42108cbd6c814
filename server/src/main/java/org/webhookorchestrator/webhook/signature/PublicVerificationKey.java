package org.webhookorchestrator.webhook.signature;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A sender's public key, for a receiver of an asymmetric scheme. A public key is not secret, but {@link #toString()}
 * still shows only the algorithm so that logs never need a judgement call about which key is which.
 */
public final class PublicVerificationKey implements VerificationKey {

    // DER header of a SubjectPublicKeyInfo for Ed25519 (RFC 8410 §4), followed by the 32-byte public key.
    private static final byte[] ED25519_SPKI_PREFIX = {
            0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final String STANDARD_WEBHOOKS_PREFIX = "whpk_";
    private static final int ED25519_KEY_LENGTH = 32;

    private final KeyAlgorithm algorithm;
    private final PublicKey key;

    private PublicVerificationKey(KeyAlgorithm algorithm, PublicKey key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    /** Wraps a JCA public key of the given algorithm. */
    public static PublicVerificationKey of(KeyAlgorithm algorithm, PublicKey key) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        if (!KeyOperations.matches(algorithm, key)) {
            throw new IllegalArgumentException("not an " + algorithm + " public key: " + key.getAlgorithm());
        }
        return new PublicVerificationKey(algorithm, key);
    }

    /** An Ed25519 public key from its 32 raw bytes. */
    public static PublicVerificationKey ed25519Raw(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.length != ED25519_KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + raw.length);
        }
        return new PublicVerificationKey(KeyAlgorithm.ED25519,
                decode(KeyAlgorithm.ED25519, Bytes.concat(ED25519_SPKI_PREFIX, raw)));
    }

    /** An Ed25519 public key as Discord shows it: 64 hex digits. */
    public static PublicVerificationKey ed25519Hex(String hex) {
        Objects.requireNonNull(hex, "hex");
        try {
            return ed25519Raw(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an Ed25519 public key in hex is 64 hex digits: " + e.getMessage());
        }
    }

    /** A Standard Webhooks public key: {@code whpk_} followed by base64 of the 32-byte Ed25519 key. */
    public static PublicVerificationKey standardWebhooks(String publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (!publicKey.startsWith(STANDARD_WEBHOOKS_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks public key starts with whpk_");
        }
        try {
            return ed25519Raw(Base64.getDecoder().decode(publicKey.substring(STANDARD_WEBHOOKS_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid whpk_ key: " + e.getMessage());
        }
    }

    /** An ECDSA P-256 public key as SendGrid shows it: base64 of the SubjectPublicKeyInfo DER. */
    public static PublicVerificationKey ecdsaP256SpkiBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an ECDSA public key here is base64 SPKI DER; this is not base64");
        }
        PublicKey key = decode(KeyAlgorithm.ECDSA_P256, der);
        if (!KeyOperations.matches(KeyAlgorithm.ECDSA_P256, key)) {
            throw new IllegalArgumentException("the SPKI key is EC but not on curve P-256");
        }
        return new PublicVerificationKey(KeyAlgorithm.ECDSA_P256, key);
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    PublicKey key() {
        return key;
    }

    private static PublicKey decode(KeyAlgorithm algorithm, byte[] der) {
        try {
            return KeyFactory.getInstance(algorithm.keyFactoryAlgorithm()).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid " + algorithm + " public key", e);
        }
    }

    @Override
    public String toString() {
        return "PublicVerificationKey[" + algorithm + ", redacted]";
    }
}
