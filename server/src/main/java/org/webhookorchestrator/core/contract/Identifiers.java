package org.webhookorchestrator.core.contract;

/** The forms of the ids the dependency contracts carry, shared so that every request states them the same way. */
public final class Identifiers {

    /** A project id: lowercase kebab-case, as {@code webhook_inventory} requires it. */
    public static final String PROJECT = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** A content address, {@code <kind>-<32 hex digits>}, as {@link org.webhookorchestrator.artifact.ArtifactId}. */
    public static final String ARTIFACT = "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9a-f]{32}$";

    public static final String PROJECT_MESSAGE = "must be lowercase kebab-case";
    public static final String ARTIFACT_MESSAGE = "must be an artifact id such as design-<32 hex digits>";

    private Identifiers() {
    }
}
