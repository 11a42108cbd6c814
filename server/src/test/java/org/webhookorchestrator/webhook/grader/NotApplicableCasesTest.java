package org.webhookorchestrator.webhook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import org.webhookorchestrator.webhook.signature.ProviderKeys;

class NotApplicableCasesTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    @Test
    void cases_a_scheme_cannot_express_are_reported_not_applicable_with_a_reason() throws Exception {
        Map<String, Set<String>> expected = Map.of(
                "github", Set.of("stale-timestamp", "future-timestamp", "rotation-signatures"),
                "gitlab", Set.of("tampered-body", "reencoded-body", "stale-timestamp", "future-timestamp",
                        "rotation-signatures"),
                "mailgun", Set.of("tampered-body", "reencoded-body", "rotation-signatures", "header-case",
                        "malformed-json"),
                "stripe", Set.of());
        for (Map.Entry<String, Set<String>> provider : expected.entrySet()) {
            GradeReport report = gradeReference(provider.getKey());
            Set<String> notApplicable = report.with(Outcome.NOT_APPLICABLE).stream().map(CaseResult::id)
                    .collect(Collectors.toSet());
            assertThat(notApplicable).as(provider.getKey()).isEqualTo(provider.getValue());
            assertThat(report.with(Outcome.NOT_APPLICABLE)).allSatisfy(r -> assertThat(r.observed()).isNotBlank());
        }
    }

    @Test
    void without_an_effects_probe_the_exactly_once_cases_are_not_observable_never_passed() throws Exception {
        ProviderEntry stripe = CATALOG.find("stripe").orElseThrow();
        ProviderKeys.KeyText key = ProviderKeys.generate("stripe", new SecureRandom());
        ReceiverSettings settings = ReceiverSettings.defaults(stripe, List.of(key.verification()));
        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
            GradeReport report = new ReceiverGrader(CATALOG, new SecretRedactor()).grade(
                    GradeTarget.of(stripe, receiver.webhookUri(), key.signing()), ProgressListener.NONE);

            assertThat(report.with(Outcome.NOT_OBSERVABLE)).extracting(CaseResult::id)
                    .containsExactly("exact-replay", "same-event-new-delivery", "abandoned-then-retried");
            assertThat(report.with(Outcome.FAIL)).isEmpty();
            assertThat(report.fails(false)).isFalse();
            assertThat(report.fails(true)).isTrue();
        }
    }

    private static GradeReport gradeReference(String providerId) throws Exception {
        ProviderEntry provider = CATALOG.find(providerId).orElseThrow();
        ProviderKeys.KeyText key = ProviderKeys.generate(providerId, new SecureRandom());
        ReceiverSettings settings = ReceiverSettings.defaults(provider, List.of(key.verification()));
        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
            return new ReceiverGrader(CATALOG, new SecretRedactor()).grade(GradeTarget.forReceiver(settings,
                    receiver.webhookUri(), key.signing(), receiver.probeUri()).withBurstSize(5), ProgressListener.NONE);
        }
    }
}
