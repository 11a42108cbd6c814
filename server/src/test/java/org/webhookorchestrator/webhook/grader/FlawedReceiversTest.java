package org.webhookorchestrator.webhook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;

class FlawedReceiversTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    static Stream<Arguments> flawsAndTheCasesMeantForThem() {
        return Stream.of(
                Arguments.of(Flaw.NONE, Set.of()),
                Arguments.of(Flaw.SKIPS_VERIFICATION, Set.of("tampered-body", "wrong-secret", "missing-signature",
                        "reencoded-body", "stale-timestamp", "future-timestamp")),
                Arguments.of(Flaw.VERIFIES_RESERIALIZED_JSON, Set.of("valid-delivery", "reencoded-body")),
                Arguments.of(Flaw.IGNORES_TIMESTAMPS, Set.of("stale-timestamp", "future-timestamp")),
                Arguments.of(Flaw.NO_DEDUPE, Set.of("exact-replay", "same-event-new-delivery",
                        "abandoned-then-retried")),
                Arguments.of(Flaw.PROCESSES_BEFORE_ACK_SLOWLY, Set.of("abandoned-then-retried")),
                Arguments.of(Flaw.ANSWERS_5XX_ON_MALFORMED_JSON, Set.of("malformed-json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flawsAndTheCasesMeantForThem")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void each_flaw_fails_exactly_the_cases_meant_for_it(Flaw flaw, Set<String> expectedFailures) throws Exception {
        ProviderEntry stripe = CATALOG.find("stripe").orElseThrow();
        try (FlawedReceiver receiver = FlawedReceiver.start(flaw)) {
            GradeTarget target = GradeTarget.of(stripe, receiver.webhookUri(), FlawedReceiver.SECRET)
                    .withProbe(receiver.probeUri())
                    .withMaxBodyBytes(FlawedReceiver.MAX_BODY_BYTES);

            GradeReport report = new ReceiverGrader(CATALOG, new SecretRedactor()).grade(target,
                    ProgressListener.NONE);

            Set<String> failed = report.with(Outcome.FAIL).stream().map(CaseResult::id).collect(Collectors.toSet());
            assertThat(failed).as(ReportText.render(report)).isEqualTo(expectedFailures);
            assertThat(report.with(Outcome.NOT_OBSERVABLE)).isEmpty();
        }
    }
}
