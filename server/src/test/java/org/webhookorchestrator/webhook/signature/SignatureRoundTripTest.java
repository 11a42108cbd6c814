package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sign then verify, for every provider that can be signed offline, with each provider's default tolerance. */
class SignatureRoundTripTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    static Stream<SigningCase> providers() {
        return SigningCase.all();
    }

    static Stream<SigningCase> timestampedProviders() {
        return SigningCase.timestamped();
    }

    static Stream<SigningCase> rotatingProviders() {
        return providers().filter(c -> c.scheme().supportsSeveralSignatures());
    }

    static Stream<SigningCase> singleSignatureProviders() {
        return providers().filter(c -> !c.scheme().supportsSeveralSignatures());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void signedDeliveryVerifies(SigningCase c) {
        assertThat(c.scheme().verify(c.signed().delivery(), c.verificationKey())).isEqualTo(Verification.ok());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void signedDeliveryFailsWithTheOtherKey(SigningCase c) {
        FailureReason expected = c.providerId().equals("gitlab") ? FailureReason.TOKEN_MISMATCH
                : FailureReason.SIGNATURE_MISMATCH;

        assertThat(c.scheme().verify(c.signed().delivery(), c.otherVerificationKey()).failureReason())
                .contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestampedProviders")
    void signedDeliveryVerifiesAtTheEdgeOfTheTolerance(SigningCase c) {
        Duration tolerance = c.tolerance().orElseThrow();
        SignatureScheme scheme = c.schemeAt(SigningCase.SIGNED_AT.plus(tolerance));

        assertThat(scheme.verify(c.signed().delivery(), c.verificationKey()).isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestampedProviders")
    void signatureOlderThanTheToleranceFailsAsTooOld(SigningCase c) {
        Duration tolerance = c.tolerance().orElseThrow();
        SignatureScheme scheme = c.schemeAt(SigningCase.SIGNED_AT.plus(tolerance).plus(ONE_SECOND));

        assertThat(scheme.verify(c.signed().delivery(), c.verificationKey()).failureReason())
                .contains(FailureReason.TIMESTAMP_TOO_OLD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestampedProviders")
    void signatureDatedBeyondTheToleranceAheadFailsAsInFuture(SigningCase c) {
        Duration tolerance = c.tolerance().orElseThrow();
        SignatureScheme scheme = c.schemeAt(SigningCase.SIGNED_AT.minus(tolerance).minus(ONE_SECOND));

        assertThat(scheme.verify(c.signed().delivery(), c.verificationKey()).failureReason())
                .contains(FailureReason.TIMESTAMP_IN_FUTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void registryAppliesTheProviderDefaultTolerance(SigningCase c) {
        assertThat(c.scheme().tolerance()).isEqualTo(c.tolerance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void headerNamesInUpperCaseAreAccepted(SigningCase c) {
        Delivery upper = renameHeaders(c.signed().delivery(), name -> name.toUpperCase(Locale.ROOT));

        assertThat(c.scheme().verify(upper, c.verificationKey()).isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void headerNamesInLowerCaseAreAccepted(SigningCase c) {
        Delivery lower = renameHeaders(c.signed().delivery(), name -> name.toLowerCase(Locale.ROOT));

        assertThat(c.scheme().verify(lower, c.verificationKey()).isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void deliveryWithoutItsSignatureFailsAsMissingSignature(SigningCase c) {
        assertThat(c.scheme().verify(c.withoutSignature(), c.verificationKey()).failureReason())
                .contains(FailureReason.MISSING_SIGNATURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rotatingProviders")
    void deliverySignedWithOldAndNewKeysVerifiesWithTheOldKey(SigningCase c) {
        Delivery signed = c.scheme().signWithEach(c.delivery(), c.bothSigningKeys(), SigningCase.SIGNED_AT)
                .delivery();

        assertThat(c.scheme().verify(signed, c.verificationKey()).isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rotatingProviders")
    void deliverySignedWithOldAndNewKeysVerifiesWithTheNewKey(SigningCase c) {
        Delivery signed = c.scheme().signWithEach(c.delivery(), c.bothSigningKeys(), SigningCase.SIGNED_AT)
                .delivery();

        assertThat(c.scheme().verify(signed, c.otherVerificationKey()).isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleSignatureProviders")
    void signingWithTwoKeysIsRefusedWhereTheProviderSendsOneSignature(SigningCase c) {
        assertThatThrownBy(() -> c.scheme().signWithEach(c.delivery(), c.bothSigningKeys(), SigningCase.SIGNED_AT))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("one signature per delivery");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void receiverHoldingOldAndNewKeysAcceptsADeliverySignedWithTheNewOne(SigningCase c) {
        Delivery signed = c.scheme().sign(c.delivery(), c.otherSigningKey(), SigningCase.SIGNED_AT).delivery();

        assertThat(c.scheme().verifyWithAny(signed, List.of(c.verificationKey(), c.otherVerificationKey())).isOk())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void failureDetailNamesNeitherTheSecretNorTheExpectedSignature(SigningCase c) {
        Delivery signedWithOther = c.scheme().sign(c.delivery(), c.otherSigningKey(), SigningCase.SIGNED_AT)
                .delivery();
        Verification result = c.scheme().verify(signedWithOther, c.verificationKey());
        List<String> expectedValues = c.signed().signatureHeaders().entries().stream().map(Map.Entry::getValue)
                .filter(value -> value.length() > 16) // signatures and tokens, not timestamps
                .toList();

        assertThat(result.detail()).doesNotContain(SigningCase.SECRET, SigningCase.OTHER_SECRET);
        expectedValues.forEach(value -> assertThat(result.detail()).doesNotContain(value));
    }

    private static Delivery renameHeaders(Delivery delivery, UnaryOperator<String> rename) {
        Headers renamed = Headers.empty();
        for (Map.Entry<String, String> header : delivery.headers().entries()) {
            renamed = renamed.with(rename.apply(header.getKey()), header.getValue());
        }
        return delivery.withHeaders(renamed);
    }
}
