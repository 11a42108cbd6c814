package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static final String SECRET_TEXT = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void sharedSecretToStringIsRedacted() {
        assertThat(SharedSecret.utf8(SECRET_TEXT).toString()).isEqualTo("SharedSecret[redacted]");
    }

    @Test
    void decodedStandardWebhooksSecretToStringIsRedacted() {
        assertThat(SharedSecret.standardWebhooks(SECRET_TEXT).toString()).doesNotContain("MfKQ9r8G");
    }

    @Test
    void privateSigningKeyToStringNamesOnlyTheAlgorithm() {
        PrivateSigningKey key = PrivateSigningKey.ed25519Seed(HexFormat.of().parseHex(VectorCase.RFC8032_TEST1_SEED));

        assertThat(key.toString()).isEqualTo("PrivateSigningKey[ED25519, redacted]");
    }

    @Test
    void publicVerificationKeyToStringNamesOnlyTheAlgorithm() {
        PublicVerificationKey key = PublicVerificationKey.ed25519Hex(
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

        assertThat(key.toString()).isEqualTo("PublicVerificationKey[ED25519, redacted]");
    }

    @Test
    void keyPairToStringShowsNoKeyMaterial() {
        SigningKeyPair pair = SigningKeyPair.generate(KeyAlgorithm.ECDSA_P256, new SecureRandom());

        assertThat(pair.toString()).isEqualTo("SigningKeyPair[signingKey=PrivateSigningKey[ECDSA_P256, redacted],"
                + " verificationKey=PublicVerificationKey[ECDSA_P256, redacted]]");
    }

    @Test
    void standardWebhooksSecretThatIsNotBase64IsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SharedSecret.standardWebhooks("whsec_not*base64"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64");
    }

    @Test
    void emptySecretIsRefused() {
        assertThatThrownBy(() -> SharedSecret.utf8("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ed25519PublicKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> PublicVerificationKey.ed25519Hex("d75a98"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void ecdsaKeyOnAnotherCurveIsRefused() {
        // secp384r1 SPKI: EC, but not the P-256 SendGrid uses
        String p384 = Base64.getEncoder().encodeToString(p384PublicKey());

        assertThatThrownBy(() -> PublicVerificationKey.ecdsaP256SpkiBase64(p384))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-256");
    }

    private static byte[] p384PublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp384r1"));
            return generator.generateKeyPair().getPublic().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
