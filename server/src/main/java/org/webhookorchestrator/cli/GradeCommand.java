package org.webhookorchestrator.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.webhookorchestrator.app.SecretReference;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.grader.GradeReport;
import org.webhookorchestrator.webhook.grader.GradeTarget;
import org.webhookorchestrator.webhook.grader.JunitReport;
import org.webhookorchestrator.webhook.grader.ReceiverGrader;
import org.webhookorchestrator.webhook.grader.ReportText;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.grader.TargetPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code grade}: the receiver grader for CI. Exit 0 when no case failed, 1 when one did (or, with {@code
 * --require-all}, when one could not be observed), 2 when the grader could not run.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Send a receiver real signed webhook deliveries with faults and grade its answers.")
final class GradeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--provider", required = true, description = "Catalog id of the provider to emulate.")
    String providerId;

    @Option(names = "--url", required = true, description = "The receiver's webhook URL, as the provider calls it.")
    URI url;

    @Option(names = "--secret", required = true, description = "The signing secret by reference: env:NAME or "
            + "file:PATH (Discord: the Ed25519 seed in hex; SendGrid: base64 PKCS#8).")
    String secret;

    @Option(names = "--probe", description = "The receiver's effects probe URL (docs/effects-probe.md).")
    URI probe;

    @Option(names = "--junit", description = "Write a JUnit XML report here.")
    Path junit;

    @Option(names = "--require-all", description = "Fail when a case cannot be observed, too.")
    boolean requireAll;

    @Option(names = "--allow-target", description = "Operator flag: allow traffic to this non-loopback host.")
    List<String> allowTargets = new ArrayList<>();

    @Option(names = "--max-body-bytes", description = "The receiver's body limit (default: the catalog's, else 1 MiB).")
    Long maxBodyBytes;

    @Option(names = "--burst", description = "How many deliveries the burst case sends at once (default: "
            + GradeTarget.DEFAULT_BURST + ", at most " + GradeTarget.MAX_BURST + ").")
    Integer burst;

    @Override
    public Integer call() throws Exception {
        ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();
        ProviderEntry provider = catalog.find(providerId)
                .orElseThrow(() -> new IllegalArgumentException("unknown provider: " + providerId));
        TargetPolicy policy = allowTargets.isEmpty() ? TargetPolicy.loopbackOnly()
                : TargetPolicy.allowing(Set.copyOf(allowTargets));
        policy.check(url);
        if (probe != null) {
            policy.check(probe);
        }
        String value = SecretReference.resolve(secret);
        SecretRedactor redactor = new SecretRedactor();
        redactor.register("--secret", value);
        GradeTarget target = GradeTarget.of(provider, url, value);
        if (probe != null) {
            target = target.withProbe(probe);
        }
        if (maxBodyBytes != null) {
            target = target.withMaxBodyBytes(maxBodyBytes);
        }
        if (burst != null) {
            target = target.withBurstSize(burst);
        }
        GradeReport report = new ReceiverGrader(catalog, redactor).grade(target,
                (done, total, message) -> System.err.println("grade: " + done + "/" + total + " " + message));
        spec.commandLine().getOut().print(redactor.redact(ReportText.render(report)));
        spec.commandLine().getOut().flush();
        if (junit != null) {
            Path parent = junit.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(junit, redactor.redact(JunitReport.render(List.of(report))), StandardCharsets.UTF_8);
        }
        return report.fails(requireAll) ? 1 : 0;
    }
}
