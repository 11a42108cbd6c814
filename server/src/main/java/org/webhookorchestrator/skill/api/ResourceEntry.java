package org.webhookorchestrator.skill.api;

import java.util.Objects;
import java.util.function.Supplier;

/** A fixed resource a skill publishes (its manifest, a contract schema, a catalog entry), read on demand. */
public record ResourceEntry(String uri, String name, String title, String description, String mimeType,
                            Supplier<String> contents) {

    public ResourceEntry {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(contents, "contents");
    }
}
