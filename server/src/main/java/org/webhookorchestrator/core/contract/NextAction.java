package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Size;

/**
 * A next action and the role that owns it. The owner may be missing in a quality subject, since finding it missing is
 * the quality gate's job; intake requires it.
 */
public record NextAction(
        @JsonPropertyDescription("What is to be done.") @Size(max = 1000) String action,
        @JsonPropertyDescription("The role that owns it, e.g. billing-oncall.") @Size(max = 200) String ownerRole) {
}
