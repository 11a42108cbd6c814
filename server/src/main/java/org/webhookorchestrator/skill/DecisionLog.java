package org.webhookorchestrator.skill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a skill's decisions go: every artifact-producing call records its decision durably before it answers, and
 * artifacts are read back by id from here, also after a restart. The audit log implements it.
 */
public interface DecisionLog {

    /** Records a decision; returns only once it is durable. */
    Recorded record(Decision decision);

    /** The content of an artifact recorded earlier, by its id. */
    Optional<JsonNode> artifact(String artifactId);

    /** Where the latest decision carrying {@code artifactId} was recorded. */
    Optional<Recorded> recordOf(String artifactId);

    /** One decision: which call made it, on what input, producing which artifact, and why. */
    record Decision(String tool, String project, String client, String session, String inputDigest,
                    String artifactId, Object artifact, String decision, String rationale) {
        public Decision {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(rationale, "rationale");
        }
    }

    /** Where the decision landed in the log. */
    record Recorded(long sequence, String entryHash) {
    }
}
