package org.webhookorchestrator.skill.api;

/**
 * The behaviour a client may rely on, declared explicitly for every tool: clients treat a missing hint as its most
 * cautious value, so leaving one out would misdescribe a read-only lookup as destructive.
 */
public record ToolHints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

    public ToolHints {
        if (readOnly && destructive) {
            throw new IllegalArgumentException("a read-only tool cannot be destructive");
        }
    }

    /** Looks things up and changes nothing. */
    public static ToolHints lookup() {
        return new ToolHints(true, false, true, false);
    }

    /** Records an artifact in the audit log: not read-only, never destroys, the same input gives the same artifact. */
    public static ToolHints recordsArtifact() {
        return new ToolHints(false, false, true, false);
    }
}
