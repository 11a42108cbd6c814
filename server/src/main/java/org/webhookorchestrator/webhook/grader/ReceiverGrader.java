package org.webhookorchestrator.webhook.grader;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureScheme;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;

/**
 * Grades a webhook receiver: plays its provider, sends it real signed deliveries with faults, and judges every
 * answer. The entry point for the {@code grade} command and for {@code webhook_validate}.
 *
 * <pre>{@code
 * GradeReport report = new ReceiverGrader(ProviderCatalog.loadBuiltIn(), new SecretRedactor())
 *         .grade(GradeTarget.of(stripe, URI.create("http://127.0.0.1:8080/webhooks/stripe"), secret),
 *                ProgressListener.NONE);
 * }</pre>
 */
public final class ReceiverGrader {

    private final ProviderCatalog catalog;
    private final SecretRedactor redactor;
    private final Clock clock;
    private final SecureRandom random;

    public ReceiverGrader(ProviderCatalog catalog, SecretRedactor redactor, Clock clock, SecureRandom random) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public ReceiverGrader(ProviderCatalog catalog, SecretRedactor redactor) {
        this(catalog, redactor, Clock.systemUTC(), new SecureRandom());
    }

    /** Every case the grader runs, in order. */
    public static List<CaseSpec> cases() {
        return allCases().stream().map(GradeCase::spec).toList();
    }

    /**
     * Runs every case against {@code target} and reports each; {@code progress} hears of each case as it finishes.
     * Traffic goes only where the caller's {@link TargetPolicy} allowed: this method does not check it.
     *
     * @throws IllegalArgumentException for an unknown provider or a secret not in the provider's form
     * @throws InterruptedException if the run was interrupted; no partial report is returned
     */
    public GradeReport grade(GradeTarget target, ProgressListener progress) throws InterruptedException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        ProviderEntry provider = catalog.find(target.providerId())
                .orElseThrow(() -> new IllegalArgumentException("unknown provider id: " + target.providerId()));
        redactor.register("signing secret", target.signingSecret());
        SignatureScheme scheme = SignatureSchemes.create(clock).forProvider(provider.id());
        List<GradeCase> cases = allCases();
        long started = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        if (!scheme.canSign()) {
            for (GradeCase gradeCase : cases) {
                results.add(CaseResult.notApplicable(gradeCase.spec(), provider.displayName() + " deliveries are "
                        + "signed with a key only the provider holds and verified through its API; the emulator "
                        + "cannot produce them"));
                progress.progress(results.size(), cases.size(), gradeCase.spec().id() + ": not-applicable");
            }
            return report(provider, scheme, target, results, started);
        }
        var signingKey = ProviderKeys.signingKey(provider.id(), target.signingSecret());
        try (ProviderEmulator emulator = new ProviderEmulator(provider, target.url(), signingKey, clock, random);
             ProbeSession probe = ProbeSession.open(target)) {
            for (GradeCase gradeCase : cases) {
                CaseRun run = new CaseRun(gradeCase.spec(), target, emulator, probe.client(), probe.unusable(),
                        random, redactor);
                results.add(runOne(gradeCase, run).redacted(redactor));
                CaseResult last = results.get(results.size() - 1);
                progress.progress(results.size(), cases.size(), last.id() + ": "
                        + last.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the grader's HTTP client failed: " + redactor.redact(e.toString()), e);
        }
        return report(provider, scheme, target, results, started);
    }

    private static CaseResult runOne(GradeCase gradeCase, CaseRun run) throws InterruptedException {
        Optional<String> notApplicable = gradeCase.notApplicable().apply(run);
        if (notApplicable.isPresent()) {
            return CaseResult.notApplicable(gradeCase.spec(), notApplicable.get());
        }
        long started = System.nanoTime();
        CaseResult result;
        try {
            result = gradeCase.body().run(run);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // Our own failure must not be blamed on the receiver, nor read as its success.
            result = run.notObservable("the grader could not run this case: " + e, List.of());
        }
        return result.withDuration(Duration.ofNanos(System.nanoTime() - started));
    }

    private static GradeReport report(ProviderEntry provider, SignatureScheme scheme, GradeTarget target,
            List<CaseResult> results, long started) {
        return new GradeReport(provider.id(), scheme.id(), target.url().toString(), results,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<GradeCase> allCases() {
        List<GradeCase> cases = new ArrayList<>();
        cases.add(DeliveryCases.validDelivery());
        cases.addAll(AuthenticityCases.all());
        cases.add(DeliveryCases.exactReplay());
        cases.add(DeliveryCases.sameEventNewDelivery());
        cases.add(DeliveryCases.abandonedThenRetried());
        cases.add(DeliveryCases.concurrentBurst());
        cases.add(RobustnessCases.oversizePayload());
        cases.add(RobustnessCases.malformedJson());
        cases.add(RobustnessCases.wrongMethod());
        return List.copyOf(cases);
    }
}
