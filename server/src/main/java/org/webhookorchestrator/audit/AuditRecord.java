package org.webhookorchestrator.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a tool decided, as the caller hands it to the audit log. {@code tool} and {@code decision} are required; every
 * other field may be null (absent). {@code artifact} is the artifact's content as JSON, kept so that the log alone shows
 * what was decided on.
 */
public record AuditRecord(String tool, String project, String client, String session, String inputDigest,
                          String artifactId, JsonNode artifact, String decision, String rationale) {

    public AuditRecord {
        requireText(tool, "tool");
        requireText(decision, "decision");
        if (artifact != null && artifact.isMissingNode()) {
            artifact = null;
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit record needs a non-blank " + name);
        }
    }
}
