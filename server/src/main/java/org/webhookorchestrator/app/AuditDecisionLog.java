package org.webhookorchestrator.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.audit.AuditEntry;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.AuditRecord;
import org.webhookorchestrator.audit.SecretInAuditRecordException;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.DecisionLog;

/** The skills' decision log, kept in the audit log. */
final class AuditDecisionLog implements DecisionLog {

    private final AuditLog audit;

    AuditDecisionLog(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Recorded record(Decision d) {
        JsonNode artifact = d.artifact() == null ? null : CanonicalJson.mapper().valueToTree(d.artifact());
        AuditEntry entry;
        try {
            entry = audit.append(new AuditRecord(d.tool(), d.project(), d.client(), d.session(),
                    d.inputDigest(), d.artifactId(), artifact, d.decision(), d.rationale()));
        } catch (SecretInAuditRecordException e) {
            throw new EscalationException(new Escalation(
                    "the decision would write the value of a secret the server holds into the audit log ("
                            + e.getMessage() + "), so it was not recorded",
                    "no artifact was produced: a decision that cannot be recorded is not made",
                    List.of("pass secrets only as references (env:NAME, file:PATH), never their values"),
                    "remove the secret value from the arguments and call again", List.of()), e);
        }
        return new Recorded(entry.sequence(), entry.hash());
    }

    @Override
    public Optional<Recorded> recordOf(String artifactId) {
        return audit.findByArtifact(artifactId).map(e -> new Recorded(e.sequence(), e.hash()));
    }

    @Override
    public Optional<JsonNode> artifact(String artifactId) {
        return audit.findByArtifact(artifactId).map(e -> e.record().artifact());
    }
}
