package org.webhookorchestrator.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records for tests: plausible tool decisions, distinct by number. */
final class AuditRecords {

    private AuditRecords() {
    }

    static AuditRecord numbered(int n) {
        return decision("design_webhook", "project-" + (n % 3), "design-" + String.format("%032x", n % 7), n);
    }

    static AuditRecord decision(String tool, String project, String artifactId, int n) {
        ObjectNode artifact = JsonNodeFactory.instance.objectNode();
        artifact.put("provider", "stripe");
        artifact.put("n", n);
        artifact.putArray("events").add("invoice.paid").add("charge.refunded");
        return new AuditRecord(tool, project, "claude-code", "session-" + (n % 5), "sha256:" + n, artifactId,
                artifact, "accepted", "decision number " + n);
    }
}
