package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Basis;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Profiles;
import org.webhookorchestrator.webhook.design.Unit;

class AckDeadlineRuleTest {

    static Stream<Arguments> timeouts() {
        return Stream.of(
                Arguments.of("slack", 3000L, 1500L, Basis.fact),
                Arguments.of("github", 10000L, 5000L, Basis.fact),
                Arguments.of("shopify", 5000L, 2500L, Basis.fact),
                Arguments.of("svix", 15000L, 7500L, Basis.fact),
                Arguments.of("stripe", 3000L, 1500L, Basis.assumption),
                Arguments.of("Acme Freight", 3000L, 1500L, Basis.assumption));
    }

    @ParameterizedTest(name = "{0}: timeout {1} ms -> deadline {2} ms")
    @MethodSource("timeouts")
    void deadlineIsHalfTheProviderTimeout(String provider, long timeoutMillis, long deadlineMillis, Basis basis) {
        Figure timeout = ProviderTimeoutRule.timeout(Profiles.of(provider), new Findings());
        Figure deadline = AckDeadlineRule.deadline(timeout);

        assertThat(timeout.millis()).isEqualTo(timeoutMillis);
        assertThat(timeout.basis()).isEqualTo(basis);
        assertThat(deadline.value()).isEqualTo(deadlineMillis);
    }

    static Stream<String> providers() {
        return Profiles.allIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void deadlineIsStrictlyUnderTheProviderTimeout(String provider) {
        Figure timeout = ProviderTimeoutRule.timeout(Profiles.of(provider), new Findings());

        assertThat(AckDeadlineRule.deadline(timeout).millis()).isLessThan(timeout.millis());
    }

    @Test
    void evenAOneMillisecondTimeoutGetsADeadlineUnderIt() {
        assertThat(AckDeadlineRule.deadline(Figure.policy(1, Unit.ms, "t", "test")).value()).isZero();
    }

    @Test
    void aZeroTimeoutIsRefused() {
        assertThatThrownBy(() -> AckDeadlineRule.deadline(Figure.policy(0, Unit.ms, "t", "test")))
                .hasMessageContaining("positive");
    }

    @Test
    void anUnknownTimeoutIsAnAssumptionWithAQuestion() {
        Findings f = new Findings();
        ProviderTimeoutRule.timeout(Profiles.of("stripe"), f);

        assertThat(f.assumptions()).extracting(a -> a.id()).containsExactly("A-stripe-timeout");
        assertThat(f.questions()).extracting(q -> q.affects()).containsExactly("the ack deadline of stripe");
    }
}
