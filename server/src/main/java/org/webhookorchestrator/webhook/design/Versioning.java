package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** How the event contract may change without breaking the consumer. */
public record Versioning(
        @JsonPropertyDescription("The provider API version the endpoint is pinned to; absent when none is given.")
        String pinnedApiVersion,
        String pinning,
        String tolerantReader,
        List<String> schemaEvolution,
        @JsonPropertyDescription("Contract requirements from the inventory that the consumer relies on.")
        List<String> reliesOn) {

    public Versioning {
        schemaEvolution = List.copyOf(schemaEvolution);
        reliesOn = List.copyOf(reliesOn);
    }
}
