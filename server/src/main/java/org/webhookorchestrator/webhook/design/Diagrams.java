package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The flow and the retry timeline, as Mermaid source and as text. */
public record Diagrams(
        @JsonPropertyDescription("Mermaid sequenceDiagram of one delivery, from provider to consumer.")
        String sequence,
        @JsonPropertyDescription("Mermaid gantt of the downstream retry schedule (un-jittered).") String retryTimeline,
        @JsonPropertyDescription("Each provider's own retry timeline, where its facts give one.")
        List<String> providerRetryTimelines) {

    public Diagrams {
        providerRetryTimelines = List.copyOf(providerRetryTimelines);
    }
}
