package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MailgunSchemeTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final SharedSecret KEY = SharedSecret.utf8("key-mailgun-signing");
    private static final String TOKEN = "a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0";

    private final MailgunScheme scheme = new MailgunScheme(Clock.fixed(NOW, ZoneOffset.UTC),
            MailgunScheme.DEFAULT_TOLERANCE, () -> TOKEN);

    private static Delivery event(String body) {
        return Delivery.builder("POST", "https://receiver.example/mailgun").body(body).build();
    }

    @Test
    void signingPutsTheSignatureObjectFirstAndKeepsTheEvent() {
        String body = scheme.sign(event("{\"event-data\":{\"event\":\"delivered\"}}"), KEY, NOW).delivery()
                .bodyAsUtf8();

        assertThat(body).matches("\\{\"signature\":\\{\"token\":\"" + TOKEN
                + "\",\"timestamp\":\"1700000000\",\"signature\":\"[0-9a-f]{64}\"},"
                + "\"event-data\":\\{\"event\":\"delivered\"}}");
    }

    @Test
    void signatureIsTheHmacOfTimestampAndToken() {
        // HMAC-SHA256("key-mailgun-signing", "1700000000" + TOKEN), computed independently with openssl
        String expected = "{\"signature\":{\"token\":\"" + TOKEN + "\",\"timestamp\":\"1700000000\","
                + "\"signature\":\"bc1d4695b271aaa416998b45ddede459c204863b78219cf9fc0d64a057a67253\"}}";

        assertThat(scheme.sign(event(""), KEY, NOW).delivery().bodyAsUtf8()).isEqualTo(expected);
    }

    @Test
    void bodyThatIsNotJsonFailsAsMalformedBody() {
        assertThat(scheme.verify(event("timestamp=1&token=x"), KEY).failureReason())
                .contains(FailureReason.MALFORMED_BODY);
    }

    @Test
    void signatureObjectWithoutTokenFailsAsMalformedSignature() {
        Delivery noToken = event("{\"signature\":{\"timestamp\":\"1700000000\",\"signature\":\"00\"}}");

        assertThat(scheme.verify(noToken, KEY).failureReason()).contains(FailureReason.MALFORMED_SIGNATURE);
    }

    @Test
    void numericTimestampIsAccepted() {
        String signed = scheme.sign(event("{}"), KEY, NOW).delivery().bodyAsUtf8()
                .replace("\"timestamp\":\"1700000000\"", "\"timestamp\":1700000000");

        assertThat(scheme.verify(event(signed), KEY).isOk()).isTrue();
    }

    @Test
    void signingABodyThatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> scheme.sign(event("[1,2]"), KEY, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON object");
    }
}
