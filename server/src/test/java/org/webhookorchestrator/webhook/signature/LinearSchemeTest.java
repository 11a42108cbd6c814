package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinearSchemeTest {

    private static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_123L);
    private static final SharedSecret SECRET = SharedSecret.utf8("lin_wh_secret");

    private final LinearScheme scheme = new LinearScheme(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Delivery issue(long webhookTimestamp) {
        return Delivery.builder("POST", "https://receiver.example/linear")
                .body("{\"action\":\"create\",\"type\":\"Issue\",\"webhookTimestamp\":" + webhookTimestamp + "}")
                .build();
    }

    @Test
    void timestampHeaderIsWrittenInMilliseconds() {
        assertThat(scheme.sign(issue(NOW.toEpochMilli()), SECRET, NOW).signatureHeaders().first("Linear-Timestamp"))
                .contains("1700000000123");
    }

    @Test
    void signedBodyTimestampWinsOverAFreshHeader() {
        long twoMinutesAgo = NOW.minusSeconds(120).toEpochMilli();
        Delivery signed = scheme.sign(issue(twoMinutesAgo), SECRET, NOW).delivery(); // header says now

        assertThat(scheme.verify(signed, SECRET).failureReason()).contains(FailureReason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void freshBodyTimestampVerifiesWithoutTheHeader() {
        Delivery signed = scheme.sign(issue(NOW.toEpochMilli()), SECRET, NOW).delivery();
        Delivery noHeader = signed.withHeaders(signed.headers().without("Linear-Timestamp"));

        assertThat(scheme.verify(noHeader, SECRET).isOk()).isTrue();
    }

    @Test
    void neitherBodyNorHeaderTimestampFailsAsMissingTimestamp() {
        Delivery plain = Delivery.builder("POST", "https://receiver.example/linear").body("{\"type\":\"Issue\"}")
                .build();
        Delivery signed = scheme.sign(plain, SECRET, NOW).delivery();

        assertThat(scheme.verify(signed.withHeaders(signed.headers().without("Linear-Timestamp")), SECRET)
                .failureReason()).contains(FailureReason.MISSING_TIMESTAMP);
    }
}
