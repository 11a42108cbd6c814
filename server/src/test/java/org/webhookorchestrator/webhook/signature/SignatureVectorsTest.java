package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every known-answer vector in {@code fixtures/signature-vectors.json}, and what one changed byte does to it. */
class SignatureVectorsTest {

    static List<VectorCase> vectors() {
        return VectorCase.all();
    }

    static Stream<VectorCase> vectorsWithSharedSecret() {
        return vectors().stream().filter(c -> c.sharedSecret().isPresent());
    }

    static Stream<VectorCase> vectorsWithPublicKey() {
        return vectors().stream().filter(c -> c.key() instanceof PublicVerificationKey);
    }

    static Stream<VectorCase> vectorsWithTimestamp() {
        return vectors().stream().filter(c -> c.vector().timestamp().isPresent());
    }

    static Stream<VectorCase> vectorsWithUrl() {
        return vectors().stream().filter(c -> c.vector().url().isPresent());
    }

    static Stream<VectorCase> vectorsWeCanSign() {
        return vectors().stream().filter(c -> c.signingKey().isPresent());
    }

    @Test
    void fixtureIsACopyThatKeepsItsProvenance() {
        JsonNode tree = SignatureVector.fixtureTree();
        assertThat(tree.path("about").asText()).isNotBlank();
        assertThat(tree.path("vectors")).allSatisfy(v -> assertThat(v.path("source").asText()).isNotBlank());
    }

    @Test
    void everyVectorInTheFixtureIsMappedToAScheme() {
        assertThat(SignatureVector.all()).hasSize(15)
                .allSatisfy(v -> assertThat(VectorCase.isKnown(v.id())).as(v.id()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorVerifies(VectorCase c) {
        assertThat(c.scheme().verify(c.delivery(), c.key())).isEqualTo(Verification.ok());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsWeCanSign")
    void signingTheUnsignedDeliveryReproducesTheVectorHeaders(VectorCase c) {
        SignedRequest signed = c.scheme().sign(c.unsigned(), c.signingKey().orElseThrow(), c.signedAt());

        for (Map.Entry<String, String> expected : c.vector().expectedHeaders().entrySet()) {
            assertThat(signed.delivery().headers().first(expected.getKey())).as(expected.getKey())
                    .contains(expected.getValue());
        }
        assertThat(signed.delivery().url()).isEqualTo(c.delivery().url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void changingOneBodyByteFails(VectorCase c) {
        Delivery tampered;
        FailureReason expected = FailureReason.SIGNATURE_MISMATCH;
        if (c.delivery().bodyLength() == 0) { // Twilio form: the parameters are the signed payload
            Map.Entry<String, List<String>> first = c.delivery().formParams().entrySet().iterator().next();
            tampered = c.delivery().withFormParams(Map.of(first.getKey(), List.of(first.getValue().get(0) + "0")));
        } else {
            byte[] body = c.delivery().body();
            body[body.length / 2] ^= 0x01;
            tampered = c.delivery().withBody(body);
            if (c.delivery().url().contains("bodySHA256=")) {
                expected = FailureReason.BODY_HASH_MISMATCH; // the URL still verifies; its body hash does not
            }
        }

        assertThat(c.scheme().verify(tampered, c.key()).failureReason()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsWithSharedSecret")
    void changingOneSecretByteFailsWithSignatureMismatch(VectorCase c) {
        byte[] secret = c.sharedSecret().orElseThrow().bytes().clone();
        secret[secret.length - 1] ^= 0x01;

        assertThat(c.scheme().verify(c.delivery(), SharedSecret.ofBytes(secret)).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsWithPublicKey")
    void anotherPublicKeyFailsWithSignatureMismatch(VectorCase c) {
        PublicVerificationKey key = (PublicVerificationKey) c.key();
        PublicVerificationKey other = SigningKeyPair.generate(key.algorithm(), new SecureRandom()).verificationKey();

        assertThat(c.scheme().verify(c.delivery(), other).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsWithTimestamp")
    void changingOneTimestampDigitFailsWithSignatureMismatch(VectorCase c) {
        String timestamp = c.vector().timestamp().orElseThrow();
        char last = timestamp.charAt(timestamp.length() - 1);
        String changed = timestamp.substring(0, timestamp.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        Headers headers = Headers.empty();
        for (Map.Entry<String, String> header : c.delivery().headers().entries()) {
            headers = headers.with(header.getKey(), header.getValue().replace(timestamp, changed));
        }

        // One second off is inside every tolerance, so it is the signature that no longer matches.
        assertThat(c.scheme().verify(c.delivery().withHeaders(headers), c.key()).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsWithUrl")
    void changingOneUrlByteFailsWithSignatureMismatch(VectorCase c) {
        String url = c.delivery().url();
        int host = url.indexOf("://") + 3;
        String tampered = url.substring(0, host) + (char) (url.charAt(host) ^ 0x01) + url.substring(host + 1);

        assertThat(c.scheme().verify(c.delivery().withUrl(tampered), c.key()).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }
}
