package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.RetryAttempt;
import org.webhookorchestrator.webhook.design.RetryPolicy;
import org.webhookorchestrator.webhook.design.Unit;

class RetryScheduleRuleTest {

    static Stream<Arguments> objectives() {
        return Stream.of(
                Arguments.of(60_000L, 3600L, 1000L, 300_000L),
                Arguments.of(500L, 3600L, 100L, 300_000L),
                Arguments.of(5_000L, 60L, 500L, 60_000L),
                Arguments.of(30_000L, 30L * 86400, 1000L, 6 * 3_600_000L));
    }

    @ParameterizedTest(name = "latency {0} ms, outage {1} s -> base {2} ms, cap {3} ms")
    @MethodSource("objectives")
    void baseFollowsTheLatencyObjectiveAndCapTheOutage(long latency, long outage, long base, long cap) {
        RetryPolicy policy = policy(latency, outage);

        assertThat(policy.base().value()).isEqualTo(base);
        assertThat(policy.cap().value()).isEqualTo(cap);
    }

    @ParameterizedTest(name = "latency {0} ms, outage {1} s")
    @MethodSource("objectives")
    void theEarliestLastRetryComesAfterTheToleratedOutage(long latency, long outage, long base, long cap) {
        RetryPolicy policy = policy(latency, outage);

        assertThat(policy.guaranteedSpan().value()).isGreaterThanOrEqualTo(outage * 1000);
    }

    @ParameterizedTest(name = "latency {0} ms, outage {1} s")
    @MethodSource("objectives")
    void noShorterScheduleWouldOutlastTheOutage(long latency, long outage, long base, long cap) {
        List<RetryAttempt> schedule = policy(latency, outage).schedule();

        if (schedule.size() > 1) {
            assertThat(schedule.get(schedule.size() - 2).cumulativeMinMillis()).isLessThan(outage * 1000);
        }
    }

    @ParameterizedTest(name = "latency {0} ms, outage {1} s")
    @MethodSource("objectives")
    void delaysDoubleUpToTheCapWithJitterBoundsOfHalfTheDelay(long latency, long outage, long base, long cap) {
        List<RetryAttempt> schedule = policy(latency, outage).schedule();

        assertThat(schedule.get(0).delayMillis()).isEqualTo(base);
        for (int i = 1; i < schedule.size(); i++) {
            assertThat(schedule.get(i).delayMillis()).isEqualTo(Math.min(cap, schedule.get(i - 1).delayMillis() * 2));
        }
        schedule.forEach(a -> {
            assertThat(a.minDelayMillis()).isEqualTo(a.delayMillis() / 2);
            assertThat(a.maxDelayMillis()).isEqualTo(a.delayMillis());
        });
    }

    @Test
    void anHourOfOutageWithTheDefaultObjectiveTakesThirtyTwoRetries() {
        RetryPolicy policy = policy(60_000, 3600);

        assertThat(policy.retries().value()).isEqualTo(32);
        assertThat(policy.schedule().get(9)).isEqualTo(new RetryAttempt(10, 300_000, 150_000, 300_000, 811_000,
                405_500));
    }

    @Test
    void theSameInputsGiveTheSameSchedule() {
        assertThat(policy(10_000, 7200)).isEqualTo(policy(10_000, 7200));
    }

    private static RetryPolicy policy(long latencyMillis, long outageSeconds) {
        return RetryScheduleRule.decide(Figure.constraint(latencyMillis, Unit.ms, "l"),
                Figure.constraint(outageSeconds, Unit.s, "o"));
    }
}
