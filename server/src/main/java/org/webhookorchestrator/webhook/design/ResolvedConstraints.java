package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The constraints as the design used them: given ones as constraints, missing ones as stated assumptions. */
public record ResolvedConstraints(
        Figure peakPerSecond,
        Figure sustainedPerSecond,
        Figure latencyObjective,
        Figure downstreamOutageTolerance,
        Figure missedDeliveryDetection,
        @JsonPropertyDescription("The data classification, given or assumed.") String dataClassification,
        @JsonPropertyDescription("Whether the classification was given (constraint) or assumed (assumption id).")
        String dataClassificationBasis,
        List<String> infrastructure,
        List<OrderingNeed> orderingNeeds) {

    public ResolvedConstraints {
        infrastructure = List.copyOf(infrastructure);
        orderingNeeds = List.copyOf(orderingNeeds);
    }
}
