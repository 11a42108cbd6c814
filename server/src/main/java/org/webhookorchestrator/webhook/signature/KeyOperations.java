package org.webhookorchestrator.webhook.signature;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.NamedParameterSpec;

/** Key checks, and the signing and verifying steps, shared by the schemes. */
final class KeyOperations {

    private static final ECParameterSpec P256 = p256();

    private KeyOperations() {
    }

    static boolean matches(KeyAlgorithm algorithm, Key key) {
        return switch (algorithm) {
            case ED25519 -> key instanceof EdECKey edec
                    && NamedParameterSpec.ED25519.getName().equalsIgnoreCase(edec.getParams().getName());
            case ECDSA_P256 -> key instanceof ECKey ec
                    && ec.getParams().getOrder().equals(P256.getOrder())
                    && ec.getParams().getCurve().equals(P256.getCurve());
        };
    }

    /** Signs {@code content} with {@code key}'s algorithm. */
    static byte[] sign(PrivateSigningKey key, byte[] content) {
        try {
            Signature signer = Signature.getInstance(key.algorithm().signatureAlgorithm());
            signer.initSign(key.key());
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(key.algorithm() + " signing failed", e);
        }
    }

    /** Whether {@code signature} was made over {@code content} by the holder of {@code key}. */
    static boolean verify(PublicVerificationKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(key.algorithm().signatureAlgorithm());
            verifier.initVerify(key.key());
            verifier.update(content);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // A signature that does not even parse (bad DER, wrong length) is a mismatch, not an error of ours.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(key.algorithm() + " verification failed", e);
        }
    }

    /** {@code key} as a shared secret, or a message saying what {@code schemeId} needs. */
    static SharedSecret requireSecret(String schemeId, Object key) {
        if (key instanceof SharedSecret secret) {
            return secret;
        }
        throw new IllegalArgumentException(schemeId + " uses a shared secret, got " + describe(key));
    }

    static PrivateSigningKey requirePrivate(String schemeId, SigningKey key, KeyAlgorithm algorithm) {
        if (key instanceof PrivateSigningKey privateKey && privateKey.algorithm() == algorithm) {
            return privateKey;
        }
        throw new IllegalArgumentException(schemeId + " signs with an " + algorithm + " private key, got "
                + describe(key));
    }

    static PublicVerificationKey requirePublic(String schemeId, VerificationKey key, KeyAlgorithm algorithm) {
        if (key instanceof PublicVerificationKey publicKey && publicKey.algorithm() == algorithm) {
            return publicKey;
        }
        throw new IllegalArgumentException(schemeId + " verifies with an " + algorithm + " public key, got "
                + describe(key));
    }

    private static String describe(Object key) {
        return key == null ? "null" : key.toString(); // every key type redacts itself
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("curve P-256 is required of every Java runtime", e);
        }
    }
}
