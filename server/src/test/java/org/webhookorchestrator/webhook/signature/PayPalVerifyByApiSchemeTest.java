package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayPalVerifyByApiSchemeTest {

    private final PayPalVerifyByApiScheme scheme = new PayPalVerifyByApiScheme();

    private static Delivery transmission() {
        return Delivery.builder("POST", "https://receiver.example/paypal").body("{\"id\":\"WH-1\"}")
                .header("PAYPAL-TRANSMISSION-ID", "69cd13f0-d67a-11e5-baa3-778b53f4ae55")
                .header("PAYPAL-TRANSMISSION-TIME", "2016-02-18T20:01:35Z")
                .header("PAYPAL-TRANSMISSION-SIG", "bG9uZyBzaWduYXR1cmU=")
                .header("PAYPAL-CERT-URL", "https://api.paypal.com/v1/notifications/certs/CERT-360caa42")
                .header("PAYPAL-AUTH-ALGO", "SHA256withRSA")
                .build();
    }

    @Test
    void completeTransmissionIsNeverOkButRequiresTheProviderApi() {
        assertThat(scheme.verify(transmission(), SharedSecret.utf8("unused")).failureReason())
                .contains(FailureReason.REQUIRES_PROVIDER_API);
    }

    @Test
    void transmissionWithoutItsSignatureFailsAsMissingSignature() {
        Delivery unsigned = transmission().withHeaders(transmission().headers().without("paypal-transmission-sig"));

        assertThat(scheme.verify(unsigned, SharedSecret.utf8("unused")).failureReason())
                .contains(FailureReason.MISSING_SIGNATURE);
    }

    @Test
    void schemeSaysItCannotSign() {
        assertThat(scheme.canSign()).isFalse();
    }

    @Test
    void signingThrowsUnsupportedOperation() {
        assertThatThrownBy(() -> scheme.sign(transmission(), SharedSecret.utf8("unused"), Instant.EPOCH))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("PayPal");
    }

    @Test
    void signedContentEndsWithTheUnsignedDecimalCrc32OfTheBody() {
        // "123456789" is CRC-32's standard check input; its CRC is 0xCBF43926 = 3421780262, above Integer.MAX_VALUE.
        byte[] body = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(PayPalVerifyByApiScheme.signedContent("tid", "2016-02-18T20:01:35Z", "WH-ID", body))
                .isEqualTo("tid|2016-02-18T20:01:35Z|WH-ID|3421780262");
    }
}
