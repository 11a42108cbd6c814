package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** How events are ordered for the consumer, given that no provider guarantees delivery order. */
public record Ordering(
        @JsonPropertyDescription("What the provider says about order, if anything.") String providerStatement,
        FactRef providerFact,
        @JsonPropertyDescription("none, per-key or total: the strictest need of this provider's event types.")
        String requirement,
        String strategy,
        List<String> eventTypes,
        @JsonPropertyDescription("Body paths that identify the entity, for per-key ordering.") List<String> keys,
        List<String> notes) {

    public Ordering {
        eventTypes = List.copyOf(eventTypes);
        keys = List.copyOf(keys);
        notes = List.copyOf(notes);
    }
}
