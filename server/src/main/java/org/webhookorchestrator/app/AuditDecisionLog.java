package org.webhookorchestrator.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.audit.AuditEntry;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.AuditRecord;
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
        AuditEntry entry = audit.append(new AuditRecord(d.tool(), d.project(), d.client(), d.session(),
                d.inputDigest(), d.artifactId(), artifact, d.decision(), d.rationale()));
        return new Recorded(entry.sequence(), entry.hash());
    }

    @Override
    public Optional<JsonNode> artifact(String artifactId) {
        return audit.findByArtifact(artifactId).map(e -> e.record().artifact());
    }
}
