package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What a delivery is deduplicated on, where, and for how long. */
public record Idempotency(
        @JsonPropertyDescription("header, body or body-digest.") String keyLocation,
        @JsonPropertyDescription("Header name or dotted body path; for body-digest, the digest algorithm.")
        String keyName,
        @JsonPropertyDescription("The fact the key comes from; absent when it is a fallback.") FactRef keyFact,
        @JsonPropertyDescription("The dedupe record's key, scoped by provider.") String recordKey,
        String store,
        Figure ttl,
        List<String> notes) {

    public Idempotency {
        notes = List.copyOf(notes);
    }
}
