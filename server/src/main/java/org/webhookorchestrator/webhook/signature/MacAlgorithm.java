package org.webhookorchestrator.webhook.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMACs providers use, and the digest comparisons every scheme makes. */
enum MacAlgorithm {
    HMAC_SHA1("HmacSHA1"),
    HMAC_SHA256("HmacSHA256");

    private final String jcaName;

    MacAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The MAC of the concatenation of {@code parts} under {@code secret}. */
    byte[] mac(SharedSecret secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(jcaName);
            mac.init(new SecretKeySpec(secret.bytes(), jcaName));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jcaName + " is required of every Java runtime", e);
        }
    }

    /** SHA-256 of the concatenation of {@code parts}. */
    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Constant-time equality of two decoded signatures; a length difference is not secret. */
    static boolean same(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }
}
