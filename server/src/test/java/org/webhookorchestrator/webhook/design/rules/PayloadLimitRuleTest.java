package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Basis;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Profiles;

class PayloadLimitRuleTest {

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("github", 25L * 1024 * 1024, Basis.fact),
                Arguments.of("standard-webhooks", 1024L * 1024, Basis.fact),
                Arguments.of("stripe", 1024L * 1024, Basis.assumption));
    }

    @ParameterizedTest(name = "{0} -> {1} bytes")
    @MethodSource("limits")
    void theLimitNeverRefusesWhatTheProviderMaySend(String provider, long bytes, Basis maxBasis) {
        Figure limit = PayloadLimitRule.limit(Profiles.of(provider), new Findings());

        assertThat(limit.value()).isEqualTo(bytes);
        assertThat(limit.derivation().inputs().get(0).basis()).isEqualTo(maxBasis);
        assertThat(limit.value()).isGreaterThanOrEqualTo(limit.derivation().inputs().get(0).value());
    }
}
