package org.webhookorchestrator.webhook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;

class PayPalIsNotApplicableTest {

    @Test
    void every_case_is_not_applicable_to_paypal_and_says_the_provider_api_is_needed() throws Exception {
        ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();
        // Nothing listens there: a scheme the emulator cannot sign must not send anything at all.
        GradeTarget target = GradeTarget.of(catalog.find("paypal").orElseThrow(),
                URI.create("http://127.0.0.1:9/webhooks/paypal"), "unused-paypal-secret");

        GradeReport report = new ReceiverGrader(catalog, new SecretRedactor()).grade(target, ProgressListener.NONE);

        assertThat(report.results()).hasSize(ReceiverGrader.cases().size())
                .allSatisfy(result -> {
                    assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
                    assertThat(result.observed()).contains("verified through its API");
                });
        assertThat(report.fails(true)).isFalse();
    }
}
