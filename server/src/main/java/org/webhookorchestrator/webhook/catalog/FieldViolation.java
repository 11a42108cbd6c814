package org.webhookorchestrator.webhook.catalog;

/**
 * A broken invariant of one catalog value, found by its own constructor. It carries the path of the offending field
 * relative to that value, so that the loader can prefix where the value sits in the catalog and name the provider.
 */
final class FieldViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    FieldViolation(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** The field's path relative to the value that refused it; empty when the value as a whole is at fault. */
    String path() {
        return path;
    }

    String problem() {
        return problem;
    }

    static void requirePresent(String path, Object value) {
        if (value == null) {
            throw new FieldViolation(path, "missing");
        }
    }

    static void requireText(String path, String value) {
        requirePresent(path, value);
        if (value.isBlank()) {
            throw new FieldViolation(path, "must not be blank");
        }
    }
}
