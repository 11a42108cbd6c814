package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSchemeTest {

    private static final SharedSecret AUTH_TOKEN = SharedSecret.utf8("12345");
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Instant ANY_TIME = Instant.parse("2024-01-01T00:00:00Z");

    private final TwilioScheme scheme = new TwilioScheme();

    @Test
    void formBodyIsParsedWhenNoParametersAreGiven() {
        Delivery form = Delivery.builder("POST", URL)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .body("CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309"
                        + "&To=%2B18005551212")
                .header("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
                .build();

        assertThat(scheme.verify(form, AUTH_TOKEN).isOk()).isTrue();
    }

    @Test
    void repeatedParameterValuesAreDeduplicatedAndSortedBeforeSigning() {
        Delivery unsorted = Delivery.builder("POST", URL).formParam("Media", "b", "a", "b").build();
        Delivery sorted = Delivery.builder("POST", URL).formParam("Media", "a", "b").build();

        assertThat(scheme.sign(unsorted, AUTH_TOKEN, ANY_TIME).signatureHeaders())
                .isEqualTo(scheme.sign(sorted, AUTH_TOKEN, ANY_TIME).signatureHeaders());
    }

    @Test
    void signingAJsonBodyPutsItsSha256InTheUrl() {
        Delivery json = Delivery.builder("POST", URL).header("Content-Type", "application/json")
                .body("{\"property\": \"value\", \"boolean\": true}").build();

        assertThat(scheme.sign(json, AUTH_TOKEN, ANY_TIME).delivery().url()).isEqualTo(URL
                + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
    }

    @Test
    void signingAUrlThatAlreadyCarriesABodyHashIsRefused() {
        Delivery json = Delivery.builder("POST", URL + "&bodySHA256=00").body("{}").build();

        assertThatThrownBy(() -> scheme.sign(json, AUTH_TOKEN, ANY_TIME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bodySHA256");
    }

    @Test
    void urlSignedWithoutAPortVerifiesWhenReceivedWithTheDefaultPort() {
        Delivery signed = scheme.sign(Delivery.builder("POST", "https://mycompany.com/sms").formParam("Body", "hi")
                .build(), AUTH_TOKEN, ANY_TIME).delivery();

        assertThat(scheme.verify(signed.withUrl("https://mycompany.com:443/sms"), AUTH_TOKEN).isOk()).isTrue();
    }

    @Test
    void urlSignedWithTheDefaultPortVerifiesWhenReceivedWithoutIt() {
        Delivery signed = scheme.sign(Delivery.builder("POST", "http://mycompany.com:80/sms").formParam("Body", "hi")
                .build(), AUTH_TOKEN, ANY_TIME).delivery();

        assertThat(scheme.verify(signed.withUrl("http://mycompany.com/sms"), AUTH_TOKEN).isOk()).isTrue();
    }

    @Test
    void urlOnAnotherPortDoesNotVerify() {
        Delivery signed = scheme.sign(Delivery.builder("POST", "https://mycompany.com/sms").formParam("Body", "hi")
                .build(), AUTH_TOKEN, ANY_TIME).delivery();

        assertThat(scheme.verify(signed.withUrl("https://mycompany.com:8443/sms"), AUTH_TOKEN).failureReason())
                .contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void urlVariantsKeepUserInfoAndQuery() {
        assertThat(TwilioScheme.urlVariants("https://user:pw@example.com/a?b=c"))
                .containsExactly("https://user:pw@example.com/a?b=c", "https://user:pw@example.com:443/a?b=c");
    }

    @Test
    void addedParameterFailsWithSignatureMismatch() {
        Delivery signed = scheme.sign(Delivery.builder("POST", URL).formParam("Body", "hi").build(), AUTH_TOKEN,
                ANY_TIME).delivery();
        Delivery more = signed.withFormParams(Map.of("Body", List.of("hi"), "To", List.of("+1")));

        assertThat(scheme.verify(more, AUTH_TOKEN).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }
}
