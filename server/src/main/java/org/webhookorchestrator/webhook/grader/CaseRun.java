package org.webhookorchestrator.webhook.grader;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.Effects;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureScheme;
import org.webhookorchestrator.webhook.signature.SigningKey;

/**
 * What a case works with (the target, the emulator, the effects probe if usable) and the verdicts it can reach. The
 * shared judgements live here so that every case judges "refused", "accepted" and "processed once" alike.
 */
final class CaseRun {

    private final CaseSpec spec;
    private final GradeTarget target;
    private final ProviderEmulator emulator;
    private final EffectsProbeClient probe;
    private final String probeUnusable;
    private final SecureRandom random;
    private final SecretRedactor redactor;

    CaseRun(CaseSpec spec, GradeTarget target, ProviderEmulator emulator, EffectsProbeClient probe,
            String probeUnusable, SecureRandom random, SecretRedactor redactor) {
        this.spec = spec;
        this.target = target;
        this.emulator = emulator;
        this.probe = probe;
        this.probeUnusable = probeUnusable;
        this.random = random;
        this.redactor = redactor;
    }

    GradeTarget target() {
        return target;
    }

    ProviderEmulator emulator() {
        return emulator;
    }

    ProviderEntry provider() {
        return emulator.provider();
    }

    SignatureScheme scheme() {
        return emulator.scheme();
    }

    Duration deadline() {
        return target.ackDeadline();
    }

    /** The receiver's tolerance as the target states it, else the scheme's. */
    Optional<Duration> tolerance() {
        return target.tolerance().or(() -> scheme().tolerance());
    }

    /** A fresh key of the provider's form that the receiver cannot know; registered so that it is never shown. */
    SigningKey foreignKey(String label) {
        ProviderKeys.KeyText text = ProviderKeys.generate(provider().id(), random);
        redactor.register(label, text.signing());
        redactor.register(label + " (verification half)", text.verification());
        return ProviderKeys.signingKey(provider().id(), text.signing());
    }

    Exchange send(Delivery delivery) throws InterruptedException {
        return emulator.send(delivery, deadline());
    }

    /** Judges a delivery the receiver must refuse: a 4xx, and (when observable) no effect. */
    CaseResult expectRefused(Delivery delivery) throws InterruptedException {
        Exchange exchange = send(delivery);
        List<String> evidence = new ArrayList<>(List.of(exchange.evidence()));
        if (!exchange.responded()) {
            return fail("no response: " + exchange.outcome(), evidence);
        }
        if (!exchange.refused()) {
            String verdict = exchange.successful() ? "accepted a delivery it must refuse"
                    : exchange.serverError() ? "answered a server error instead of refusing" : "did not refuse";
            return fail(exchange.status() + " (" + verdict + ")", evidence);
        }
        if (probe != null) {
            try {
                Effects effects = probe.settled(emulator.keyOf(delivery));
                evidence.add("effects probe: processedCount " + effects.processedCount());
                if (effects.processedCount() > 0) {
                    return fail(exchange.status() + " but processed " + effects.processedCount() + " time(s)",
                            evidence);
                }
            } catch (EffectsProbeClient.ProbeException e) {
                evidence.add("effects probe unusable: " + e.getMessage());
            }
        }
        return pass(String.valueOf(exchange.status()), evidence);
    }

    /** Judges a delivery the receiver must acknowledge: a 2xx within the ack deadline. */
    CaseResult expectAcknowledged(Delivery delivery) throws InterruptedException {
        Exchange exchange = send(delivery);
        List<String> evidence = List.of(exchange.evidence(), "ack deadline " + deadline().toMillis() + " ms");
        if (!exchange.successful()) {
            return fail(exchange.outcome(), evidence);
        }
        if (exchange.latency().compareTo(deadline()) > 0) {
            return fail(exchange.outcome() + ", later than the ack deadline", evidence);
        }
        return pass(exchange.outcome(), evidence);
    }

    /**
     * Judges "processed exactly once" for {@code key} after {@code exchanges} that must each be answered without a
     * server error; not observable without a probe.
     */
    CaseResult expectProcessedOnce(String key, List<String> evidence, Exchange... mustBeAcknowledged)
            throws InterruptedException {
        List<String> lines = new ArrayList<>(evidence);
        for (Exchange exchange : mustBeAcknowledged) {
            if (!exchange.successful()) {
                return fail("a delivery that must be acknowledged got " + exchange.outcome(), lines);
            }
        }
        if (probe == null) {
            return notObservable("processedCount unknown: " + probeUnusable, lines);
        }
        try {
            Effects effects = probe.settled(key);
            lines.add("effects probe: processedCount " + effects.processedCount() + ", pending " + effects.pending()
                    + ", deadLettered " + effects.deadLettered());
            return effects.processedCount() == 1
                    ? pass("processedCount 1", lines)
                    : fail("processedCount " + effects.processedCount(), lines);
        } catch (EffectsProbeClient.ProbeException e) {
            return notObservable("processedCount unknown: " + e.getMessage(), lines);
        }
    }

    boolean hasProbe() {
        return probe != null;
    }

    EffectsProbeClient probe() {
        return probe;
    }

    CaseResult pass(String observed, List<String> evidence) {
        return new CaseResult(spec, Outcome.PASS, observed, evidence, Duration.ZERO);
    }

    CaseResult fail(String observed, List<String> evidence) {
        return new CaseResult(spec, Outcome.FAIL, observed, evidence, Duration.ZERO);
    }

    CaseResult notObservable(String observed, List<String> evidence) {
        return new CaseResult(spec, Outcome.NOT_OBSERVABLE, observed, evidence, Duration.ZERO);
    }
}
