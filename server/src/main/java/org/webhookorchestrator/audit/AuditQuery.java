package org.webhookorchestrator.audit;

import java.time.Instant;

/**
 * A filter over the log. Null fields match everything. {@code from} is inclusive, {@code to} exclusive. {@code limit}
 * keeps the newest matches (so {@code tail(20)} is the last twenty entries); results always come oldest first.
 */
public record AuditQuery(String project, String tool, String artifactId, Instant from, Instant to, Integer limit) {

    public AuditQuery {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("time range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery tail(int count) {
        return all().withLimit(count);
    }

    public AuditQuery withProject(String value) {
        return new AuditQuery(value, tool, artifactId, from, to, limit);
    }

    public AuditQuery withTool(String value) {
        return new AuditQuery(project, value, artifactId, from, to, limit);
    }

    public AuditQuery withArtifactId(String value) {
        return new AuditQuery(project, tool, value, from, to, limit);
    }

    public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(project, tool, artifactId, fromInclusive, toExclusive, limit);
    }

    public AuditQuery withLimit(int value) {
        return new AuditQuery(project, tool, artifactId, from, to, value);
    }

    public boolean matches(AuditEntry entry) {
        AuditRecord r = entry.record();
        return (project == null || project.equals(r.project()))
                && (tool == null || tool.equals(r.tool()))
                && (artifactId == null || artifactId.equals(r.artifactId()))
                && (from == null || !entry.time().isBefore(from))
                && (to == null || entry.time().isBefore(to));
    }
}
