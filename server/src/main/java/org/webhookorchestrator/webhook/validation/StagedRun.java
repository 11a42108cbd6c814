package org.webhookorchestrator.webhook.validation;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.grader.CaseResult;
import org.webhookorchestrator.webhook.grader.GradeReport;
import org.webhookorchestrator.webhook.grader.GradeTarget;
import org.webhookorchestrator.webhook.grader.ProgressListener;
import org.webhookorchestrator.webhook.grader.ReceiverGrader;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.receiver.DownstreamRetryPolicy;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;

/**
 * Runs the receiver grader against the bundled reference receiver configured from the design itself: the design's
 * tolerance, dedupe TTL, ack deadline, body limit and downstream retry policy, with ephemeral keys made for the run
 * and registered with the redactor so they can never be logged or recorded.
 */
public final class StagedRun {

    private final ProviderCatalog catalog;
    private final SecretRedactor redactor;
    private final SecureRandom random;

    public StagedRun(ProviderCatalog catalog, SecretRedactor redactor, SecureRandom random) {
        this.catalog = catalog;
        this.redactor = redactor;
        this.random = random;
    }

    /**
     * The settings a reference receiver takes from a design's provider section and downstream policy. Every design
     * the engine makes carries these figures; the fallbacks only serve a hand-made inline design that leaves one
     * out, and are the reference receiver's own defaults, not provider facts.
     */
    public static ReceiverSettings settings(Design design, ProviderDesign p, List<String> verificationKeys) {
        Optional<Duration> tolerance = p.verification() == null ? Optional.empty()
                : StaticItems.duration(p.verification().tolerance());
        Duration ttl = StaticItems.duration(p.idempotency().ttl()).orElse(Duration.ofHours(24));
        Duration deadline = StaticItems.duration(p.acknowledgement().deadline()).orElse(Duration.ofSeconds(3));
        long maxBody = p.payloadLimit() == null ? 1024 * 1024 : p.payloadLimit().limit().value();
        var retry = design.downstream().retry();
        DownstreamRetryPolicy policy = new DownstreamRetryPolicy(
                StaticItems.duration(retry.base()).orElse(Duration.ofMillis(200)),
                StaticItems.duration(retry.cap()).orElse(Duration.ofSeconds(30)),
                (int) Math.min(Integer.MAX_VALUE, retry.retries().value() + 1));
        return new ReceiverSettings(p.providerId(), verificationKeys, tolerance, ttl, deadline, maxBody, policy);
    }

    /** Whether the grader can sign as this provider (custom and verify-by-API providers cannot be staged). */
    public static boolean stageable(ProviderDesign p) {
        String scheme = p.verification() == null ? null : p.verification().scheme();
        return scheme != null && SignatureSchemes.providerIds().contains(scheme) && !"paypal".equals(scheme);
    }

    /** Grades a receiver the operator allowed, for one provider of the design, with the operator's secret. */
    public List<ChecklistItem> againstTarget(Design design, ProviderDesign p, URI url, String signingSecret,
                                             Optional<URI> probe, ProgressListener progress) throws InterruptedException {
        ReceiverSettings assumed = settings(design, p, List.of(signingSecret));
        GradeTarget target = new GradeTarget(p.providerId(), url, signingSecret, probe, assumed.ackDeadline(),
                assumed.tolerance(), assumed.maxBodyBytes(), GradeTarget.DEFAULT_BURST);
        GradeReport report = new ReceiverGrader(catalog, redactor).grade(target,
                (completed, all, message) -> progress.progress(completed, all, p.providerId() + ": " + message));
        return report.results().stream().map(r -> item(p.providerId(), r, url)).toList();
    }

    public List<ChecklistItem> againstReferenceReceiver(Design design, ProgressListener progress) throws Exception {
        List<ProviderDesign> staged = design.providers().stream().filter(StagedRun::stageable).toList();
        int perProvider = ReceiverGrader.cases().size();
        int total = Math.max(1, staged.size() * perProvider);
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            if (!stageable(p)) {
                items.add(new ChecklistItem("staged." + p.providerId(), "staged", p.providerId(),
                        "the reference receiver built from this design passes the grader's cases",
                        "grader cases", "all applicable cases pass", "staged run against the bundled reference "
                                + "receiver", null, ItemStatus.not_observable,
                        List.of("no implemented scheme can sign as " + p.providerId() + " (unknown or "
                                + "verify-by-API): it cannot be staged")));
                continue;
            }
            ProviderKeys.KeyText key = ProviderKeys.generate(p.providerId(), random);
            redactor.register("staged " + p.providerId() + " signing key", key.signing());
            redactor.register("staged " + p.providerId() + " verification key", key.verification());
            ReceiverSettings settings = settings(design, p, List.of(key.verification()));
            int done = staged.indexOf(p) * perProvider;
            try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
                GradeReport report = new ReceiverGrader(catalog, redactor).grade(
                        GradeTarget.forReceiver(settings, receiver.webhookUri(), key.signing(), receiver.probeUri()),
                        (completed, all, message) -> progress.progress(done + completed, total,
                                p.providerId() + ": " + message));
                report.results().forEach(r -> items.add(item(p.providerId(), r, receiver.webhookUri())));
            }
        }
        return items;
    }

    static ChecklistItem item(String provider, CaseResult r, URI where) {
        ItemStatus status = switch (r.outcome()) {
            case PASS -> ItemStatus.pass;
            case FAIL -> ItemStatus.fail;
            case NOT_OBSERVABLE -> ItemStatus.not_observable;
            case NOT_APPLICABLE -> ItemStatus.not_applicable;
        };
        return new ChecklistItem("staged." + provider + "." + r.id(), "staged", provider, r.spec().criterion(),
                r.spec().metric(), r.spec().threshold(), r.spec().method() + " (" + where.getScheme() + " on "
                        + where.getHost().toLowerCase(Locale.ROOT) + ")", r.observed(), status, r.evidence());
    }
}
