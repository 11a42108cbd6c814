package org.webhookorchestrator.webhook.grader;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One grading case: its checklist entry, when it does not apply to a provider's scheme (and why), and its body.
 */
record GradeCase(CaseSpec spec, Function<CaseRun, Optional<String>> notApplicable, CaseBody body) {

    GradeCase {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(notApplicable, "notApplicable");
        Objects.requireNonNull(body, "body");
    }

    static GradeCase always(CaseSpec spec, CaseBody body) {
        return new GradeCase(spec, run -> Optional.empty(), body);
    }
}
