package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What finds the events a provider will never send again: missed deliveries, disabled endpoints, long outages. */
public record Reconciliation(
        @JsonPropertyDescription("Whether a scheduled reconciliation job is part of the design.") boolean required,
        List<String> reasons,
        List<String> procedure,
        @JsonPropertyDescription("How often the job runs; absent when not required.") Figure interval,
        @JsonPropertyDescription("How far back each run looks; absent when not required.") Figure lookback,
        @JsonPropertyDescription("Continuous failure after which someone is paged, before the provider gives up.")
        Figure alertAfter,
        @JsonPropertyDescription("Receiver downtime beyond which the provider's retries no longer cover the gap.")
        Figure backfillBeyond) {

    public Reconciliation {
        reasons = List.copyOf(reasons);
        procedure = List.copyOf(procedure);
    }
}
