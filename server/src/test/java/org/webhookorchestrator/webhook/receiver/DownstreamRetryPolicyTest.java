package org.webhookorchestrator.webhook.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DownstreamRetryPolicyTest {

    private final DownstreamRetryPolicy policy =
            new DownstreamRetryPolicy(Duration.ofMillis(100), Duration.ofMillis(500), 6);

    @Test
    void the_schedule_doubles_from_the_base_and_stops_at_the_cap() {
        assertThat(policy.schedule()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void a_jittered_delay_never_exceeds_its_ceiling() {
        SplittableRandom random = new SplittableRandom(7);
        for (int retry = 1; retry < 40; retry++) {
            assertThat(policy.delay(retry, random)).isBetween(Duration.ZERO, policy.ceiling(retry));
        }
    }

    @Test
    void a_cap_below_the_base_is_refused() {
        assertThatThrownBy(() -> new DownstreamRetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .hasMessageContaining("must not be below base");
    }
}
