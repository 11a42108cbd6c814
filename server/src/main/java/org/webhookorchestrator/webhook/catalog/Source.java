package org.webhookorchestrator.webhook.catalog;

import java.util.regex.Pattern;

/** One entry of the fact sheet's source key list: the key facts cite, what it points at, and its standing. */
public record Source(String key, String citation, SourceKind kind) {

    private static final Pattern KEY = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");

    public Source {
        FieldViolation.requireText("key", key);
        if (!KEY.matcher(key).matches()) {
            throw new FieldViolation("key", "'" + key + "' does not match " + KEY.pattern());
        }
        FieldViolation.requireText("citation", citation);
        FieldViolation.requirePresent("kind", kind);
    }

    public boolean official() {
        return kind == SourceKind.OFFICIAL;
    }
}
