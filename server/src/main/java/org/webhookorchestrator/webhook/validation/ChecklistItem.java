package org.webhookorchestrator.webhook.validation;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * One validation item: what must hold (criterion), what is measured (metric), the bar (threshold), how it is checked
 * (method), what was seen (observed) and the verdict, with the evidence behind it.
 */
public record ChecklistItem(
        @JsonPropertyDescription("Stable id, e.g. static.ack-deadline.github or staged.github.tampered-body.")
        @NotNull String id,
        @JsonPropertyDescription("static (checked on the design) or staged (observed against a receiver).")
        @NotNull String kind,
        @JsonPropertyDescription("The provider it concerns; absent for the whole design.") String provider,
        @NotNull String criterion,
        @NotNull String metric,
        @NotNull String threshold,
        @NotNull String method,
        @JsonPropertyDescription("What was observed; absent when nothing could be.") String observed,
        @NotNull ItemStatus status,
        List<String> evidence) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
