package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** A threat or abuse case written as an acceptance criterion that a grader run can decide. */
public record ThreatCase(
        String id,
        @JsonPropertyDescription("The provider endpoint it concerns; absent when it applies to every endpoint.")
        String provider,
        String threat,
        @JsonPropertyDescription("What an attacker or a faulty sender does.") String abuseCase,
        @JsonPropertyDescription("What the receiver does against it.") String control,
        @JsonPropertyDescription("The observable outcome that passes.") String acceptanceCriterion,
        @JsonPropertyDescription("The receiver grader case that checks it, if one does.") String graderCase,
        Level severity) {

    public ThreatCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(abuseCase, "abuseCase");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(acceptanceCriterion, "acceptanceCriterion");
        Objects.requireNonNull(severity, "severity");
    }
}
