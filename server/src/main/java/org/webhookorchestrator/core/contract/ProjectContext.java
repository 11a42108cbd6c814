package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A project as the orchestrator knows it (contract {@code project-context.v1}): the normalized objective, the route,
 * the phases completed so far with their artifacts, and what comes next.
 */
@JsonClassDescription("A project's context, contract project-context.v1.")
public record ProjectContext(
        @JsonPropertyDescription("Always project-context.v1.") @NotNull String contract,
        @NotNull String project,
        @JsonPropertyDescription("False for a project the orchestrator has never seen.") boolean known,
        @JsonPropertyDescription("The objective, whitespace normalized; absent until an inventory stated it.")
        String objective,
        @JsonPropertyDescription("Success criteria, normalized, duplicates removed, in the order given.")
        List<String> successCriteria,
        @JsonPropertyDescription("Constraints, normalized, duplicates removed, in the order given.")
        List<String> constraints,
        @JsonPropertyDescription("The phases every project goes through, in order.") List<Phase> route,
        @JsonPropertyDescription("The phase to perform next; absent once the project is handed off.") Phase activePhase,
        @JsonPropertyDescription("Phases completed, in route order, each with its artifact.")
        List<CompletedPhase> completed,
        @JsonPropertyDescription("What to call next, e.g. 'call webhook_design with inventory-…'.")
        @NotNull String nextStep) {

    public static final String CONTRACT = "project-context.v1";

    public ProjectContext {
        successCriteria = List.copyOf(successCriteria);
        constraints = List.copyOf(constraints);
        route = List.copyOf(route);
        completed = List.copyOf(completed);
    }
}
