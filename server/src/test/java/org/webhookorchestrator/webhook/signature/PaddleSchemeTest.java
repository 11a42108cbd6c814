package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PaddleSchemeTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_698_796_800L);
    private static final SharedSecret SECRET = SharedSecret.utf8("VALID_SECRET");
    private static final String H1 = "a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9";

    private static Delivery withHeader(String value) {
        return Delivery.builder("POST", "https://receiver.example/paddle").body("{\"data\": [\"1\", \"2\"]}")
                .header("Paddle-Signature", value).build();
    }

    @Test
    void matchingH1BeforeANonMatchingLastOneIsAccepted() {
        // Paddle's Node SDK keeps only the last h1 and would refuse this header.
        PaddleScheme scheme = new PaddleScheme(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(scheme.verify(withHeader("ts=1698796800;h1=" + H1 + ";h1=" + "0f".repeat(32)), SECRET).isOk())
                .isTrue();
    }

    @Test
    void sixSecondsOldFailsUnderTheFiveSecondDefault() {
        PaddleScheme scheme = new PaddleScheme(Clock.fixed(NOW.plusSeconds(6), ZoneOffset.UTC));

        assertThat(scheme.verify(withHeader("ts=1698796800;h1=" + H1), SECRET).failureReason())
                .contains(FailureReason.TIMESTAMP_TOO_OLD);
    }
}
