package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampedAsymmetricSchemeTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String DISCORD_PUBLIC_KEY =
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static Delivery ping(String signature) {
        return Delivery.builder("POST", "https://receiver.example/discord").body("{\"type\":1}")
                .header("X-Signature-Timestamp", "1700000000")
                .header("X-Signature-Ed25519", signature).build();
    }

    @Test
    void discordSignatureOfTheWrongLengthFailsWithSignatureMismatch() {
        TimestampedAsymmetricScheme discord = TimestampedAsymmetricScheme.discord(CLOCK,
                TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE);

        assertThat(discord.verify(ping("00ff"), PublicVerificationKey.ed25519Hex(DISCORD_PUBLIC_KEY)).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void discordSignatureThatIsNotHexFailsAsMalformed() {
        TimestampedAsymmetricScheme discord = TimestampedAsymmetricScheme.discord(CLOCK,
                TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE);

        assertThat(discord.verify(ping("zz"), PublicVerificationKey.ed25519Hex(DISCORD_PUBLIC_KEY)).failureReason())
                .contains(FailureReason.MALFORMED_SIGNATURE);
    }

    @Test
    void sendGridSignatureThatIsNotDerFailsWithSignatureMismatch() {
        TimestampedAsymmetricScheme sendGrid = TimestampedAsymmetricScheme.sendGrid(CLOCK,
                TimestampedAsymmetricScheme.SENDGRID_DEFAULT_TOLERANCE);
        Delivery delivery = Delivery.builder("POST", "https://receiver.example/sendgrid").body("[]")
                .header("X-Twilio-Email-Event-Webhook-Timestamp", "1700000000")
                .header("X-Twilio-Email-Event-Webhook-Signature", "AAAA").build();
        PublicVerificationKey key = PublicVerificationKey.ecdsaP256SpkiBase64(
                "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaIN"
                        + "XvVpiglSI8eNEc6wEA3F+g==");

        assertThat(sendGrid.verify(delivery, key).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void verifyingWithASharedSecretIsAProgrammingError() {
        TimestampedAsymmetricScheme discord = TimestampedAsymmetricScheme.discord(CLOCK,
                TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE);

        assertThatThrownBy(() -> discord.verify(ping("00"), SharedSecret.utf8("not-a-public-key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("discord-ed25519 verifies with an ED25519 public key")
                .hasMessageNotContaining("not-a-public-key");
    }

    @Test
    void signingDiscordWithAnEcdsaKeyIsRefused() {
        TimestampedAsymmetricScheme discord = TimestampedAsymmetricScheme.discord(CLOCK,
                TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE);
        SigningKeyPair ecdsa = SigningKeyPair.generate(KeyAlgorithm.ECDSA_P256, new SecureRandom());

        assertThatThrownBy(() -> discord.sign(ping("00"), ecdsa.signingKey(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ED25519 private key");
    }
}
