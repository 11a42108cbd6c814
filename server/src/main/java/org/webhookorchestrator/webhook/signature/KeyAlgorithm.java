package org.webhookorchestrator.webhook.signature;

/** The asymmetric algorithms providers sign with. */
public enum KeyAlgorithm {
    /** EdDSA over Curve25519, RFC 8032 (Discord, Standard Webhooks {@code v1a}). */
    ED25519("Ed25519", "Ed25519"),
    /** ECDSA over NIST P-256 with SHA-256, DER signatures (SendGrid Event Webhook). */
    ECDSA_P256("EC", "SHA256withECDSA");

    private final String keyFactoryAlgorithm;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyFactoryAlgorithm, String signatureAlgorithm) {
        this.keyFactoryAlgorithm = keyFactoryAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA name for {@link java.security.KeyFactory} and {@link java.security.KeyPairGenerator}. */
    String keyFactoryAlgorithm() {
        return keyFactoryAlgorithm;
    }

    /** The JCA name for {@link java.security.Signature}. */
    String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
