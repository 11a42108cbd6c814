package org.webhookorchestrator.webhook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;

class SecretsNeverReachReportsTest {

    @Test
    void gitlab_whose_header_value_is_the_secret_itself_leaves_no_trace_of_it_in_text_or_junit() throws Exception {
        ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();
        String token = "gitlab-token-that-must-stay-hidden-0123456789";
        List<String> registered = new ArrayList<>();
        SecretRedactor redactor = new SecretRedactor((label, value) -> registered.add(value));
        try (ReferenceReceiver receiver = ReferenceReceiver.start(
                ReceiverSettings.defaults(
                        catalog.find("gitlab").orElseThrow(), List.of("a-different-token-so-everything-fails")), 0)) {
            GradeReport report = new ReceiverGrader(catalog, redactor).grade(GradeTarget.of(
                    catalog.find("gitlab").orElseThrow(), receiver.webhookUri(), token).withBurstSize(3),
                    ProgressListener.NONE);

            assertThat(report.with(Outcome.FAIL)).isNotEmpty();
            assertThat(ReportText.render(report)).doesNotContain(token);
            assertThat(JunitReport.render(List.of(report))).doesNotContain(token);
            assertThat(registered).contains(token).hasSizeGreaterThan(1);
        }
    }
}
