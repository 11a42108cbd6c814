package org.webhookorchestrator.skill.manifest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * The skill card as data ({@code skill-manifest/<id>.json}): what the skill is, where it runs, what it depends on and
 * which tool serves each operation under which versioned contract.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SkillManifest(int manifestVersion, String id, String name, String version, String description,
                            List<String> tags, List<String> hosts, List<String> dependsOn, List<String> promises,
                            List<Operation> operations, List<Helper> helpers) {

    public SkillManifest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        promises = promises == null ? List.of() : List.copyOf(promises);
        operations = operations == null ? List.of() : List.copyOf(operations);
        helpers = helpers == null ? List.of() : List.copyOf(helpers);
    }

    /** Whether the operation's tool is served now or only announced. */
    public enum Status { available, planned }

    /**
     * One of the skill's operations, the tool that serves it and the contract of the artifact it produces; optionally
     * the contract of what it is asked ({@code request}), for skills that other servers call as a dependency.
     */
    public record Operation(String id, String tool, Status status, Contract contract, Contract request) {
    }

    /** A read-only helper tool that produces no artifact of its own. */
    public record Helper(String tool, Status status) {
    }

    /** A versioned contract: its name, version and the JSON Schema file (relative to the manifest folder). */
    public record Contract(String name, String version, String schema) {
        public String qualified() {
            return name + "." + version;
        }
    }

    public Optional<Operation> operationServedBy(String tool) {
        return operations.stream().filter(o -> o.tool().equals(tool)).findFirst();
    }

    /** Every tool the manifest says is available now, operations and helpers alike. */
    public List<String> availableTools() {
        return java.util.stream.Stream.concat(
                        operations.stream().filter(o -> o.status() == Status.available).map(Operation::tool),
                        helpers.stream().filter(h -> h.status() == Status.available).map(Helper::tool))
                .toList();
    }
}
