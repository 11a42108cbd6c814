package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;

/**
 * An earlier artifact a tool takes either by id (read back from the audit log, also after a restart) or inline;
 * exactly one of the two. Answers the artifact and its id, or an escalation that says what to pass instead.
 */
final class ArtifactInput {

    private ArtifactInput() {
    }

    record Resolved<T>(T artifact, String id) {
    }

    /**
     * @param idField the argument that carries the id, e.g. {@code designId}
     * @param inlineField the argument that carries the artifact inline, e.g. {@code design}
     * @param producer the tool that makes such artifacts, named in the escalation
     */
    static <T> Resolved<T> resolve(String id, T inline, Class<T> type, String kind, String idField,
                                   String inlineField, String producer, DecisionLog decisions) {
        if ((id == null) == (inline == null)) {
            String problem = id == null ? "give the " + kind + "'s id, or the " + kind + " inline"
                    : "give either " + idField + " or " + inlineField + ", not both";
            throw new EscalationException(new Escalation("exactly one of " + idField + " and " + inlineField
                    + " must be given", "nothing was done; nothing was recorded",
                    List.of("pass " + idField + " as " + producer + " returned it", "pass the " + kind + " inline"),
                    "pass " + idField + ": the result then cites a " + kind + " recorded in the audit log",
                    List.of(new Escalation.Detail(idField, problem), new Escalation.Detail(inlineField, problem))),
                    null);
        }
        if (inline != null) {
            return new Resolved<>(inline, ArtifactId.of(kind, inline).value());
        }
        Optional<JsonNode> stored = decisions.artifact(id);
        if (stored.isPresent()) {
            try {
                return new Resolved<>(CanonicalJson.mapper().treeToValue(stored.get(), type), id);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // an artifact of another kind under that id: answered below as unknown
            }
        }
        throw new EscalationException(new Escalation("no " + kind + " " + id + " is recorded in the audit log",
                "nothing was done; nothing was recorded",
                List.of("call " + producer + " and pass the id it returns", "pass the " + kind + " inline"),
                "call " + producer + " first and pass its id",
                List.of(new Escalation.Detail(idField, "not found in the audit log"))), null);
    }
}
