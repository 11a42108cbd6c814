package org.webhookorchestrator.webhook.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Objects;

/**
 * A matched private and public key, as an emulator needs to sign like a provider and hand the public half to a
 * receiver.
 */
public record SigningKeyPair(PrivateSigningKey signingKey, PublicVerificationKey verificationKey) {

    public SigningKeyPair {
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(verificationKey, "verificationKey");
        if (signingKey.algorithm() != verificationKey.algorithm()) {
            throw new IllegalArgumentException("the keys are of different algorithms: " + signingKey.algorithm()
                    + " and " + verificationKey.algorithm());
        }
    }

    /** A fresh key pair drawn from {@code random}. */
    public static SigningKeyPair generate(KeyAlgorithm algorithm, SecureRandom random) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(random, "random");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyFactoryAlgorithm());
            switch (algorithm) {
                case ED25519 -> generator.initialize(NamedParameterSpec.ED25519, random);
                case ECDSA_P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"), random);
                default -> throw new IllegalStateException("no generator for " + algorithm);
            }
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeyPair(PrivateSigningKey.of(algorithm, pair.getPrivate()),
                    PublicVerificationKey.of(algorithm, pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " key generation is required of every Java 17 runtime", e);
        }
    }
}
