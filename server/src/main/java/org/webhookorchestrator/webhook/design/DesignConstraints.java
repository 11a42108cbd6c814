package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the design must meet beyond the inventory. Every field is optional: a missing one becomes a stated assumption
 * with low confidence and an open question, never a silent default.
 */
@JsonClassDescription("Design constraints: rates, latency objective, ordering needs, data classification and the "
        + "infrastructure available.")
public record DesignConstraints(
        @JsonPropertyDescription("Peak deliveries per second across all providers.")
        @Positive @Max(1_000_000) Long peakPerSecond,

        @JsonPropertyDescription("Sustained deliveries per second across all providers; at most the peak.")
        @Positive @Max(1_000_000) Long sustainedPerSecond,

        @JsonPropertyDescription("p99 time from receipt to the consumer having processed the event, in ms.")
        @Positive @Max(86_400_000) Long latencyObjectiveMillis,

        @JsonPropertyDescription("How long a consumer outage must be absorbed without losing an event, in seconds.")
        @Positive @Max(2_592_000) Long downstreamOutageToleranceSeconds,

        @JsonPropertyDescription("How soon a delivery the provider will not resend must be detected, in seconds.")
        @Positive @Max(604_800) Long missedDeliveryDetectionSeconds,

        @JsonPropertyDescription("Ordering needs per event type; event types not listed need no order.")
        @Size(max = 200) List<@NotNull @Valid OrderingNeed> orderingNeeds,

        @JsonPropertyDescription("public, internal, confidential or restricted.")
        DataClassification dataClassification,

        @JsonPropertyDescription("Infrastructure the receiver may use: postgresql, redis, kafka, sqs.")
        @Size(max = 4) List<@NotNull Infrastructure> infrastructure) {

    public DesignConstraints {
        orderingNeeds = orderingNeeds == null ? List.of() : List.copyOf(orderingNeeds);
        infrastructure = infrastructure == null ? List.of() : List.copyOf(infrastructure);
    }

    /** No constraints at all: every figure they would give is assumed. */
    public static DesignConstraints none() {
        return new DesignConstraints(null, null, null, null, null, List.of(), null, List.of());
    }
}
