package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One downstream retry: its un-jittered delay, the bounds jitter keeps it in, and where it falls in total. */
public record RetryAttempt(
        @JsonPropertyDescription("The retry's number; retry 1 follows the first failed attempt.") int retry,
        @JsonPropertyDescription("min(cap, base * 2^(retry-1)), ms.") long delayMillis,
        @JsonPropertyDescription("Lower jitter bound: delay / 2, ms.") long minDelayMillis,
        @JsonPropertyDescription("Upper jitter bound: the delay itself, ms.") long maxDelayMillis,
        @JsonPropertyDescription("Sum of un-jittered delays up to this retry, ms.") long cumulativeMillis,
        @JsonPropertyDescription("Sum of lower bounds up to this retry: the earliest it can happen, ms.")
        long cumulativeMinMillis) {
}
