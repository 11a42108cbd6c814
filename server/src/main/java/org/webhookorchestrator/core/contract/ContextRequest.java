package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What {@code orchestrator_context} is asked (contract {@code context-request.v1}). */
@JsonClassDescription("Asks for a project's context, contract context-request.v1.")
public record ContextRequest(
        @JsonPropertyDescription("Project id, lowercase kebab-case (e.g. billing-webhooks).")
        @NotBlank @Pattern(regexp = Identifiers.PROJECT, message = Identifiers.PROJECT_MESSAGE) @Size(max = 64)
        String project) {
}
