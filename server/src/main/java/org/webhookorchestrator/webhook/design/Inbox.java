package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The durable inbox between acknowledgement and processing, and the dedupe store beside it. */
public record Inbox(
        @JsonPropertyDescription("postgresql, kafka, sqs or redis.") String store,
        @JsonPropertyDescription("Whether the store was among the available infrastructure or is assumed.")
        String storeBasis,
        String dedupeStore,
        @JsonPropertyDescription("Whether the dedupe check and the inbox write commit together.") boolean atomicDedupe,
        List<String> layout,
        List<String> writePath,
        @JsonPropertyDescription("How often an idle worker looks for new events.") Figure pollInterval,
        @JsonPropertyDescription("How long a processed inbox row is kept.") Figure retention,
        List<String> dataHandling) {

    public Inbox {
        layout = List.copyOf(layout);
        writePath = List.copyOf(writePath);
        dataHandling = List.copyOf(dataHandling);
    }
}
