package org.webhookorchestrator.skill.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A family of resources addressed by a URI template ({@code artifact://{id}}); {@code read} answers for a concrete URI,
 * empty when nothing is there.
 */
public record ResourceTemplateEntry(String uriTemplate, String name, String description, String mimeType,
                                    Function<String, Optional<String>> read) {

    public ResourceTemplateEntry {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(read, "read");
    }
}
