package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.DesignConstraints;
import org.webhookorchestrator.webhook.design.DesignFixtures;
import org.webhookorchestrator.webhook.design.Profiles;
import org.webhookorchestrator.webhook.design.ThreatCase;

class ThreatModelRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("gitlab", List.of("TM-gitlab-shared-token", "TM-gitlab-no-timestamp")),
                Arguments.of("github", List.of("TM-github-no-timestamp", "TM-github-replay", "TM-github-rotation")),
                Arguments.of("stripe", List.of("TM-stripe-stale", "TM-stripe-future", "TM-stripe-replay")),
                Arguments.of("Acme Freight", List.of("TM-custom-acme-freight-unknown-scheme")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachProviderGetsTheCasesItsSchemeCallsFor(String provider, List<String> expected) {
        Design d = DesignFixtures.design(Profiles.inventory(provider), DesignConstraints.none());

        assertThat(d.threatModel()).extracting(ThreatCase::id).containsAll(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseHasAnAcceptanceCriterionAndAControl(String provider, List<String> expected) {
        Design d = DesignFixtures.design(Profiles.inventory(provider), DesignConstraints.none());

        assertThat(d.threatModel()).allSatisfy(t -> {
            assertThat(t.acceptanceCriterion()).isNotBlank();
            assertThat(t.control()).isNotBlank();
        });
    }
}
