package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.webhookorchestrator.core.DependencyInfo;

/**
 * What {@code core.orchestrator} said of this step: who answered (embedded or remote, and its version), and, when it
 * could not be reached, the assumption the work went on under.
 */
public record Orchestration(
        @JsonPropertyDescription("The orchestrator that answered, or was asked.") @NotNull DependencyInfo answeredBy,
        @JsonPropertyDescription("Whether it recorded the phase; false when it was unavailable.") boolean recorded,
        @JsonPropertyDescription("Assumptions made because it could not be reached; empty when it answered.")
        List<String> assumptions) {

    public Orchestration {
        assumptions = List.copyOf(assumptions);
    }
}
