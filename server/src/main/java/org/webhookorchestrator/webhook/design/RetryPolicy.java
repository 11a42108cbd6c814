package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * How the inbox worker retries a failing consumer: exponential backoff from a base to a cap with equal jitter, for as
 * many retries as it takes to outlast the tolerated outage. The schedule is the un-jittered one with its jitter
 * bounds; the artifact holds no random number.
 */
public record RetryPolicy(
        Figure base,
        Figure cap,
        Figure retries,
        @JsonPropertyDescription("The jitter, e.g. equal jitter: uniform in [delay/2, delay].") String jitter,
        List<String> retryOn,
        List<String> doNotRetryOn,
        List<RetryAttempt> schedule,
        @JsonPropertyDescription("Earliest time of the last retry after the first failure: the span guaranteed.")
        Figure guaranteedSpan) {

    public RetryPolicy {
        retryOn = List.copyOf(retryOn);
        doNotRetryOn = List.copyOf(doNotRetryOn);
        schedule = List.copyOf(schedule);
    }
}
