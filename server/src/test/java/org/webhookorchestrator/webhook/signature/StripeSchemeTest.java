package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StripeSchemeTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final SharedSecret SECRET = SharedSecret.utf8("whsec_test_secret");
    private static final String BODY = "{\"id\":\"evt_test_webhook\",\"object\":\"event\"}";
    private static final String V1 = "d95c6b7477fbd7e9f90b1b0ef5f9c7ac25abca5382460e0d988c2b2a5b71b990";

    private final StripeScheme scheme = new StripeScheme(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Delivery withHeader(String value) {
        return Delivery.builder("POST", "https://receiver.example/stripe").body(BODY)
                .header("Stripe-Signature", value).build();
    }

    @Test
    void v0SignaturesBesideAMatchingV1AreIgnored() {
        Delivery delivery = withHeader("t=1700000000,v0=" + "00".repeat(32) + ",v1=" + V1);

        assertThat(scheme.verify(delivery, SECRET).isOk()).isTrue();
    }

    @Test
    void aMatchingV1AfterANonMatchingOneIsAccepted() {
        Delivery delivery = withHeader("t=1700000000,v1=" + "ab".repeat(32) + ",v1=" + V1);

        assertThat(scheme.verify(delivery, SECRET).isOk()).isTrue();
    }

    @Test
    void onlyV0SignaturesFailAsUnsupportedVersion() {
        Delivery delivery = withHeader("t=1700000000,v0=" + V1);

        assertThat(scheme.verify(delivery, SECRET).failureReason()).contains(FailureReason.UNSUPPORTED_VERSION);
    }

    @Test
    void headerWithoutTFailsAsMissingTimestamp() {
        assertThat(scheme.verify(withHeader("v1=" + V1), SECRET).failureReason())
                .contains(FailureReason.MISSING_TIMESTAMP);
    }

    @Test
    void signedTimestampThatIsNotAnIntegerFailsAsMalformedTimestamp() {
        assertThat(scheme.verify(withHeader("t=+1700000000,v1=" + V1), SECRET).failureReason())
                .contains(FailureReason.MALFORMED_TIMESTAMP);
    }

    @Test
    void timestampBeyondTheRangeOfInstantFailsAsMalformedTimestamp() {
        assertThat(scheme.verify(withHeader("t=999999999999999999,v1=" + V1), SECRET).failureReason())
                .contains(FailureReason.MALFORMED_TIMESTAMP);
    }

    @Test
    void v1ThatIsNotHexFailsAsMalformedSignature() {
        assertThat(scheme.verify(withHeader("t=1700000000,v1=not-hex"), SECRET).failureReason())
                .contains(FailureReason.MALFORMED_SIGNATURE);
    }

    @Test
    void upperCaseHexIsAccepted() {
        assertThat(scheme.verify(withHeader("t=1700000000,v1=" + V1.toUpperCase(Locale.ROOT)), SECRET)
                .isOk()).isTrue();
    }

    @Test
    void whsecSecretIsUsedVerbatimNotBase64Decoded() {
        SharedSecret decoded = SharedSecret.standardWebhooks("whsec_dGVzdF9zZWNyZXQ=");

        assertThat(scheme.verify(withHeader("t=1700000000,v1=" + V1), decoded).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void signingWithTwoSecretsWritesTwoV1Fields() {
        Delivery unsigned = Delivery.builder("POST", "https://receiver.example/stripe").body(BODY).build();
        SignedRequest signed = scheme.signWithEach(unsigned, List.of(SECRET, SharedSecret.utf8("whsec_next")), NOW);

        assertThat(signed.delivery().headers().first("Stripe-Signature").orElseThrow())
                .matches("t=1700000000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}")
                .startsWith("t=1700000000,v1=" + V1 + ",");
    }
}
