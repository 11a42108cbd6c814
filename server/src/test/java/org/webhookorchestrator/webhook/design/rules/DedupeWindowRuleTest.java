package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Basis;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Profiles;
import org.webhookorchestrator.webhook.design.Unit;

class DedupeWindowRuleTest {

    static Figure ttlOf(ProviderProfile p) {
        Findings f = new Findings();
        Figure horizon = RetryHorizonRule.horizon(p, f);
        var reconciliation = ReconciliationRule.decide(p, horizon, Figure.constraint(900, Unit.s, "d"), f);
        return DedupeWindowRule.ttl(horizon, ReplayToleranceRule.tolerance(p, f),
                ReconciliationRule.redeliveryWindow(reconciliation, p));
    }

    static Stream<String> providers() {
        return Profiles.allIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void ttlOutlastsTheRetryHorizonByAtLeastTheMarginFloor(String provider) {
        ProviderProfile p = Profiles.of(provider);
        Figure horizon = RetryHorizonRule.horizon(p, new Findings());

        assertThat(ttlOf(p).seconds()).isGreaterThanOrEqualTo(horizon.seconds() + 3600);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void ttlOutlastsTheReplayTolerance(String provider) {
        ProviderProfile p = Profiles.of(provider);
        Optional<Figure> tolerance = ReplayToleranceRule.tolerance(p, new Findings());

        assertThat(ttlOf(p).seconds()).isGreaterThan(tolerance.map(Figure::seconds).orElse(0L));
    }

    static Stream<Arguments> expected() {
        return Stream.of(
                Arguments.of("stripe", 259200L + 25920),
                Arguments.of("shopify", 14400L + 3600),
                Arguments.of("slack", 360L + 3600),
                Arguments.of("svix", 99305L + 9930),
                Arguments.of("standard-webhooks", 272105L + 27210),
                Arguments.of("github", 86400L + 8640),
                Arguments.of("Acme Freight", 604800L + 60480));
    }

    @ParameterizedTest(name = "{0} -> {1} s")
    @MethodSource("expected")
    void ttlIsTheWindowPlusATenthOfItAtLeastAnHour(String provider, long expectedSeconds) {
        assertThat(ttlOf(Profiles.of(provider)).value()).isEqualTo(expectedSeconds);
    }

    @Test
    void aProviderWithoutAutomaticRetriesIsCoveredForTheReconciliationLookbackNotItsZeroHorizon() {
        Figure ttl = ttlOf(Profiles.of("github"));

        assertThat(ttl.derivation().inputs()).extracting(t -> t.name())
                .containsExactly("lookback", "horizon", "marginFloor");
        assertThat(ttl.seconds()).isGreaterThanOrEqualTo(ReconciliationRule.LOOKBACK.seconds());
    }

    @Test
    void everyInputOfTheDerivationNamesItsBasis() {
        Figure ttl = ttlOf(Profiles.of("stripe"));

        assertThat(ttl.basis()).isEqualTo(Basis.derived);
        assertThat(ttl.derivation().inputs()).extracting(t -> t.basis())
                .containsExactly(Basis.fact, Basis.fact, Basis.policy);
        assertThat(ttl.derivation().inputs().get(0).sources()).containsExactly("STR-D");
    }

    @Test
    void anUnknownHorizonIsALowConfidenceAssumptionWithAQuestion() {
        Findings f = new Findings();
        Figure horizon = RetryHorizonRule.horizon(Profiles.of("Acme Freight"), f);

        assertThat(horizon.basis()).isEqualTo(Basis.assumption);
        assertThat(f.assumptions()).extracting(a -> a.id()).containsExactly(horizon.ref());
        assertThat(f.questions()).extracting(q -> q.id()).containsExactly("Q-custom-acme-freight-retry-horizon");
    }

    @Test
    void theMarginIsATenthOfTheWindowOnceThatExceedsAnHour() {
        Figure horizon = Figure.policy(100_000, Unit.s, "h", "test");
        assertThat(DedupeWindowRule.ttl(horizon, Optional.empty(), Optional.empty()).value()).isEqualTo(110_000);
        assertThat(List.of(DedupeWindowRule.ttl(Figure.policy(600, Unit.s, "h", "test"), Optional.empty(),
                Optional.empty()).value())).containsExactly(4200L);
    }
}
