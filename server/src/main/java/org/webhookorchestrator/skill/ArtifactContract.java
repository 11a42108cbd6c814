package org.webhookorchestrator.skill;

import java.util.Objects;

/**
 * The versioned contract of the artifact an operation produces: its qualified name ({@code inventory.v1}) and the
 * record type whose generated schema must equal the contract schema committed in {@code skill-manifest/}.
 */
public record ArtifactContract(String name, String version, Class<?> type) {

    public ArtifactContract {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
    }

    public String qualified() {
        return name + "." + version;
    }
}
