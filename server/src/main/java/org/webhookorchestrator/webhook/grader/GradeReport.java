package org.webhookorchestrator.webhook.grader;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of grading one receiver for one provider: every case in a stable order.
 *
 * @param providerId the provider emulated
 * @param schemeId the signature scheme used
 * @param url where the deliveries went
 * @param results one result per case, in the grader's order
 * @param wallTime how long the whole run took
 */
public record GradeReport(String providerId, String schemeId, String url, List<CaseResult> results,
        Duration wallTime) {

    public GradeReport {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(url, "url");
        results = List.copyOf(results);
        Objects.requireNonNull(wallTime, "wallTime");
    }

    public long count(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** The cases with {@code outcome}, in order. */
    public List<CaseResult> with(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).toList();
    }

    /** Whether CI should fail: any failed case, or with {@code requireAll} any case that could not be observed. */
    public boolean fails(boolean requireAll) {
        return count(Outcome.FAIL) > 0 || (requireAll && count(Outcome.NOT_OBSERVABLE) > 0);
    }
}
