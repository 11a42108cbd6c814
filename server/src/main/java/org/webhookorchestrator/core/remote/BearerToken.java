package org.webhookorchestrator.core.remote;

import java.util.Objects;

/**
 * A bearer token for a remote dependency, resolved from its reference. Its {@code toString} never shows the value, so
 * that printing a configuration or an endpoint cannot leak it.
 */
public final class BearerToken {

    private final String reference;
    private final String value;

    public BearerToken(String reference, String value) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Where the value came from, e.g. env:QUALITY_TOKEN; safe to show. */
    public String reference() {
        return reference;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "BearerToken[" + reference + "]";
    }
}
