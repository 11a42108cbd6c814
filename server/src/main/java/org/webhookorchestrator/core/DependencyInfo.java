package org.webhookorchestrator.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Which dependency answered a call: the skill, whether it ran in this process or on another server, its version and,
 * for a remote one, where it is. Every tool result that rests on a dependency carries one, so that a reader knows
 * whose word it is.
 */
public record DependencyInfo(
        @JsonPropertyDescription("The dependency skill: core.orchestrator or core.quality.") @NotNull String name,
        @JsonPropertyDescription("embedded: in this server; remote: another MCP server over Streamable HTTP.")
        @NotNull Binding binding,
        @JsonPropertyDescription("Version of the implementation that answered.") @NotNull String version,
        @JsonPropertyDescription("The remote's MCP endpoint; absent for an embedded dependency.") String url) {

    public static final String ORCHESTRATOR = "core.orchestrator";
    public static final String QUALITY = "core.quality";

    /** Where a dependency runs. */
    public enum Binding { embedded, remote }

    public DependencyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(version, "version");
        if (binding == Binding.remote && url == null) {
            throw new IllegalArgumentException("a remote dependency has a url");
        }
    }

    public static DependencyInfo embedded(String name, String version) {
        return new DependencyInfo(name, Binding.embedded, version, null);
    }

    /** A short description for messages: "core.quality (remote http://127.0.0.1:8081/mcp, 0.1.0)". */
    public String describe() {
        return name + " (" + binding + (url == null ? "" : " " + url) + ", " + version + ")";
    }
}
