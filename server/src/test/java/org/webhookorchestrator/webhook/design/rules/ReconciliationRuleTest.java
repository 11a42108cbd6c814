package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Profiles;
import org.webhookorchestrator.webhook.design.Reconciliation;
import org.webhookorchestrator.webhook.design.Unit;

class ReconciliationRuleTest {

    private static final Figure DETECTION = Figure.constraint(900, Unit.s, "constraints.missedDeliveryDetectionSeconds");

    static Reconciliation of(String provider) {
        ProviderProfile p = Profiles.of(provider);
        Findings f = new Findings();
        return ReconciliationRule.decide(p, RetryHorizonRule.horizon(p, f), DETECTION, f);
    }

    static Stream<Arguments> required() {
        return Stream.of(
                Arguments.of("github", true),
                Arguments.of("svix", true),
                Arguments.of("square", true),
                Arguments.of("gitlab", true),
                Arguments.of("Acme Freight", true),
                Arguments.of("stripe", false),
                Arguments.of("shopify", false),
                Arguments.of("slack", false));
    }

    @ParameterizedTest(name = "{0}: required {1}")
    @MethodSource("required")
    void reconciliationIsRequiredWhereTheProviderCanLeaveAGapItsRetriesNeverFill(String provider, boolean expected) {
        assertThat(of(provider).required()).isEqualTo(expected);
    }

    @Test
    void aProviderWithoutAutomaticRetriesIsReconciledEveryThirdOfTheDetectionObjective() {
        Reconciliation github = of("github");

        assertThat(github.interval().value()).isEqualTo(300);
        assertThat(github.lookback()).isEqualTo(ReconciliationRule.LOOKBACK);
        assertThat(github.reasons()).singleElement().asString().contains("does not resend");
    }

    static Stream<Arguments> disabling() {
        return Stream.of(
                Arguments.of("svix", 3600L),
                Arguments.of("square", 3600L),
                Arguments.of("gitlab", 900L),
                Arguments.of("standard-webhooks", 900L));
    }

    @ParameterizedTest(name = "{0}: page after {1} s")
    @MethodSource("disabling")
    void aProviderThatDisablesEndpointsPagesLongBeforeIt(String provider, long alertSeconds) {
        assertThat(of(provider).alertAfter().value()).isEqualTo(alertSeconds);
    }

    @Test
    void theDisableAlertIsATwentiethOfTheThresholdWhenThatIsUnderAnHour() {
        Figure alert = ReconciliationRule.alertAfter(Profiles.of("svix")).orElseThrow();

        assertThat(alert.derivation().inputs().get(0).value()).isEqualTo(5L * 86400);
        assertThat(alert.value()).isEqualTo(Math.min(3600, 5L * 86400 / 20));
    }

    @Test
    void anOutageOfHalfTheRetryHorizonTriggersABackfill() {
        assertThat(of("stripe").backfillBeyond().value()).isEqualTo(259200 / 2);
        assertThat(of("github").backfillBeyond()).isNull();
    }

    @Test
    void unknownRetryBehaviourIsAskedAbout() {
        ProviderProfile p = Profiles.of("Acme Freight");
        Findings f = new Findings();
        ReconciliationRule.decide(p, RetryHorizonRule.horizon(p, f), DETECTION, f);

        assertThat(f.questions()).extracting(q -> q.id()).contains("Q-custom-acme-freight-retries");
    }
}
