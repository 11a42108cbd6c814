package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksSchemeTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_614_265_330L);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"test\": 2432232314}";
    private static final byte[] SEED = HexFormat.of().parseHex(VectorCase.RFC8032_TEST1_SEED);
    private static final String WHSK = "whsk_" + Base64.getEncoder().encodeToString(SEED);
    private static final String WHPK = "whpk_" + Base64.getEncoder().encodeToString(
            HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

    private final StandardWebhooksScheme scheme =
            StandardWebhooksScheme.standardWebhooks(CLOCK, StandardWebhooksScheme.DEFAULT_TOLERANCE);

    private static Delivery message() {
        return Delivery.builder("POST", "https://receiver.example/hooks").body(BODY)
                .header("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek").build();
    }

    @Test
    void ed25519V1aSignedWithWhskVerifiesWithWhpk() {
        Delivery signed = scheme.sign(message(), PrivateSigningKey.standardWebhooks(WHSK), NOW).delivery();

        assertThat(signed.headers().first("webhook-signature").orElseThrow()).startsWith("v1a,");
        assertThat(scheme.verify(signed, PublicVerificationKey.standardWebhooks(WHPK)).isOk()).isTrue();
    }

    @Test
    void whskHoldingSeedAndPublicKeySignsLikeTheSeedAlone() {
        byte[] seedAndPublic = Bytes.concat(SEED,
                HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        String longForm = "whsk_" + Base64.getEncoder().encodeToString(seedAndPublic);

        assertThat(scheme.sign(message(), PrivateSigningKey.standardWebhooks(longForm), NOW).signatureHeaders())
                .isEqualTo(scheme.sign(message(), PrivateSigningKey.standardWebhooks(WHSK), NOW).signatureHeaders());
    }

    @Test
    void listWithHmacAndEd25519EntriesVerifiesWithEitherKey() {
        Delivery signed = scheme.signWithEach(message(),
                List.of(SharedSecret.standardWebhooks(WHSEC), PrivateSigningKey.standardWebhooks(WHSK)), NOW)
                .delivery();

        assertThat(scheme.verify(signed, SharedSecret.standardWebhooks(WHSEC)).isOk()).isTrue();
        assertThat(scheme.verify(signed, PublicVerificationKey.standardWebhooks(WHPK)).isOk()).isTrue();
    }

    @Test
    void sharedSecretFacingOnlyV1aEntriesFailsAsUnsupportedVersion() {
        Delivery signed = scheme.sign(message(), PrivateSigningKey.standardWebhooks(WHSK), NOW).delivery();

        assertThat(scheme.verify(signed, SharedSecret.standardWebhooks(WHSEC)).failureReason())
                .contains(FailureReason.UNSUPPORTED_VERSION);
    }

    @Test
    void unknownVersionEntriesBesideAMatchingV1AreIgnored() {
        Delivery signed = scheme.sign(message(), SharedSecret.standardWebhooks(WHSEC), NOW).delivery();
        String list = "v2,AAAA " + signed.headers().first("webhook-signature").orElseThrow();

        assertThat(scheme.verify(signed.withHeaders(signed.headers().withReplaced("webhook-signature", list)),
                SharedSecret.standardWebhooks(WHSEC)).isOk()).isTrue();
    }

    @Test
    void secretWithoutTheWhsecPrefixIsTheSameKey() {
        SharedSecret bare = SharedSecret.standardWebhooks(WHSEC.substring("whsec_".length()));

        assertThat(scheme.sign(message(), bare, NOW).signatureHeaders())
                .isEqualTo(scheme.sign(message(), SharedSecret.standardWebhooks(WHSEC), NOW).signatureHeaders());
    }

    @Test
    void signingADeliveryWithoutAMessageIdIsRefused() {
        Delivery noId = message().withHeaders(Headers.empty());

        assertThatThrownBy(() -> scheme.sign(noId, SharedSecret.standardWebhooks(WHSEC), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook-id");
    }

    @Test
    void deliveryWithoutItsMessageIdFailsAsMissingHeader() {
        Delivery signed = scheme.sign(message(), SharedSecret.standardWebhooks(WHSEC), NOW).delivery();
        Delivery noId = signed.withHeaders(signed.headers().without("webhook-id"));

        assertThat(scheme.verify(noId, SharedSecret.standardWebhooks(WHSEC)).failureReason())
                .contains(FailureReason.MISSING_HEADER);
    }

    @Test
    void svixAcceptsTheWhiteLabelWebhookHeaderNames() {
        StandardWebhooksScheme svix = StandardWebhooksScheme.svix(CLOCK, StandardWebhooksScheme.DEFAULT_TOLERANCE);
        Delivery signed = scheme.sign(message(), SharedSecret.standardWebhooks(WHSEC), NOW).delivery();

        assertThat(svix.verify(signed, SharedSecret.standardWebhooks(WHSEC)).isOk()).isTrue();
    }

    @Test
    void svixSignsWithSvixHeaderNames() {
        StandardWebhooksScheme svix = StandardWebhooksScheme.svix(CLOCK, StandardWebhooksScheme.DEFAULT_TOLERANCE);
        Delivery svixMessage = message().withHeaders(Headers.of("svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"));

        assertThat(svix.sign(svixMessage, SharedSecret.standardWebhooks(WHSEC), NOW).signatureHeaders().names())
                .containsExactly("svix-id", "svix-timestamp", "svix-signature");
    }

    @Test
    void ed25519PublicKeyOfAnotherSenderFailsWithSignatureMismatch() {
        Delivery signed = scheme.sign(message(), PrivateSigningKey.standardWebhooks(WHSK), NOW).delivery();
        PublicVerificationKey other = SigningKeyPair.generate(KeyAlgorithm.ED25519, new SecureRandom())
                .verificationKey();

        assertThat(scheme.verify(signed, other).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }
}
