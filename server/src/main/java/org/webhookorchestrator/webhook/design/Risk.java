package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** One entry of the risk register: each has a mitigation, a measurable escalation trigger and an owner role. */
public record Risk(
        String id,
        RiskCategory category,
        @JsonPropertyDescription("The provider it concerns; absent for the whole receiver.") String provider,
        String risk,
        Level severity,
        Level likelihood,
        String mitigation,
        @JsonPropertyDescription("The observable condition that escalates it.") String escalationTrigger,
        String owner) {

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(mitigation, "mitigation");
        Objects.requireNonNull(escalationTrigger, "escalationTrigger");
        Objects.requireNonNull(owner, "owner");
    }
}
