package org.webhookorchestrator.webhook.grader;

import java.util.Objects;

/**
 * What one grading case checks, in the form of a validation checklist item.
 *
 * @param id stable kebab-case id, used in reports and JUnit XML
 * @param criterion the acceptance criterion, as a sentence
 * @param metric what is measured
 * @param threshold the value the metric must meet
 * @param method how the emulator produces the case
 */
public record CaseSpec(String id, String criterion, String metric, String threshold, String method) {

    public CaseSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(method, "method");
    }
}
