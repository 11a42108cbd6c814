package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The ordering one event type needs, with the payload field that identifies the entity when order is per key. */
public record OrderingNeed(
        @JsonPropertyDescription("The provider, by catalog id, custom id or the name the brief gave.")
        @NotBlank @Size(max = 100) String provider,

        @JsonPropertyDescription("The event type (e.g. customer.subscription.updated).")
        @NotBlank @Size(max = 200) String eventType,

        @JsonPropertyDescription("none, per-key (events about one entity in order) or total.")
        @NotNull OrderingRequirement requirement,

        @JsonPropertyDescription("Dotted path of the body field naming the entity (e.g. data.object.id); required "
                + "for per-key.")
        @Size(max = 200) String key) {
}
