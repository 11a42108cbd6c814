package org.webhookorchestrator.webhook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;

class ReferenceReceiverPassesEveryCaseTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    static Stream<String> signableProviders() {
        return SignatureSchemes.providerIds().stream().filter(id -> !id.equals("paypal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signableProviders")
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void the_reference_receiver_passes_every_applicable_case_with_nothing_left_unobserved(String providerId)
            throws Exception {
        ProviderEntry provider = CATALOG.find(providerId).orElseThrow();
        ProviderKeys.KeyText key = ProviderKeys.generate(providerId, new SecureRandom());
        ReceiverSettings settings = ReceiverSettings.defaults(provider, List.of(key.verification()));
        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
            GradeReport report = new ReceiverGrader(CATALOG, new SecretRedactor()).grade(
                    GradeTarget.forReceiver(settings, receiver.webhookUri(), key.signing(), receiver.probeUri()),
                    ProgressListener.NONE);

            assertThat(report.with(Outcome.FAIL)).isEmpty();
            assertThat(report.with(Outcome.NOT_OBSERVABLE)).isEmpty();
            assertThat(report.results()).hasSize(ReceiverGrader.cases().size());
        }
    }
}
