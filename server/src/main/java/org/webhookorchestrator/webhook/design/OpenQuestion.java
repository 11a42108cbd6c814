package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** A question the design cannot answer itself: what it would change, and who answers it. */
public record OpenQuestion(
        String id,
        String question,
        @JsonPropertyDescription("Which decision the answer may change.") String affects,
        @JsonPropertyDescription("The role that answers it.") String owner) {

    public OpenQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(affects, "affects");
        Objects.requireNonNull(owner, "owner");
    }
}
