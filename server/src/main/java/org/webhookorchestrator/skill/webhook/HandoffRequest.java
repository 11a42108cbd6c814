package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Hand off a validated design: the validation by id, and an override only with a reason and an approver. */
public record HandoffRequest(
        @JsonPropertyDescription("Id of the validation (validation-<32 hex>) as webhook_validate returned it; the "
                + "design and inventory it rests on are read from the audit log.")
        @NotNull @Pattern(regexp = "^validation-[0-9a-f]{32}$", message = "must be a validation id such as "
                + "validation-<32 hex>") String validationId,

        @JsonPropertyDescription("The skill that takes the packet next, e.g. integration.billing_service; optional.")
        @Size(max = 100) @Pattern(regexp = "^[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*)+$", message = "must be a skill id")
        String nextSkill,

        @JsonPropertyDescription("Hand off although blocking quality gates fail: only with a reason and the approver, "
                + "and the override is itself recorded in the audit log.")
        @Valid Override override) {

    /** An explicit, accountable decision to hand off despite failing gates. */
    public record Override(
            @JsonPropertyDescription("Why handing off now is right despite the failing gates.")
            @NotBlank @Size(min = 20, max = 2000) String reason,
            @JsonPropertyDescription("Who approved it (a name or role that can be held to it).")
            @NotBlank @Size(max = 200) String approver) {
    }
}
