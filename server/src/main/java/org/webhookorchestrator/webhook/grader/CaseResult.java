package org.webhookorchestrator.webhook.grader;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One case's result: the outcome, the observed value in the metric's terms, and the evidence (what was sent, what
 * came back, how long it took; never a secret or a body).
 */
public record CaseResult(CaseSpec spec, Outcome outcome, String observed, List<String> evidence, Duration duration) {

    public CaseResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(observed, "observed");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(duration, "duration");
    }

    public String id() {
        return spec.id();
    }

    static CaseResult notApplicable(CaseSpec spec, String reason) {
        return new CaseResult(spec, Outcome.NOT_APPLICABLE, reason, List.of(), Duration.ZERO);
    }

    CaseResult withDuration(Duration taken) {
        return new CaseResult(spec, outcome, observed, evidence, taken);
    }

    CaseResult redacted(SecretRedactor redactor) {
        return new CaseResult(spec, outcome, redactor.redact(observed),
                evidence.stream().map(redactor::redact).toList(), duration);
    }
}
