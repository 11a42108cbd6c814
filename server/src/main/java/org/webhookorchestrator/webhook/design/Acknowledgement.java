package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** When and how the receiver answers: inside a deadline strictly under the provider's timeout, after the inbox commit. */
public record Acknowledgement(
        @JsonPropertyDescription("How long the provider waits for the response.") Figure providerTimeout,
        @JsonPropertyDescription("The receiver's own budget for read, verify, dedupe and inbox commit.")
        Figure deadline,
        @JsonPropertyDescription("The status answered for an accepted or duplicate delivery.") Figure successStatus,
        String mode,
        List<String> steps) {

    public Acknowledgement {
        steps = List.copyOf(steps);
    }
}
