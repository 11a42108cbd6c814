package org.webhookorchestrator.skill.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;

/**
 * Checks that a skill's tools and its manifest tell the same story: every available tool is registered, nothing is
 * registered that the manifest does not announce, planned operations have no tool yet, and each operation's artifact
 * schema is exactly the committed contract schema. Any disagreement stops the server before it serves a single call.
 */
public final class ManifestCheck {

    /** Keys the committed contract file adds around the generated schema. */
    private static final Set<String> ENVELOPE = Set.of("$schema", "$id", "title");

    private ManifestCheck() {
    }

    public static void verify(Skill skill, Function<Class<?>, ObjectNode> schemaOf) {
        verify(skill, schemaOf, type -> null);
    }

    /**
     * @param schemaOf the output schema of a record
     * @param inputSchemaOf the input schema of a record, which an operation's {@code request} contract must equal
     */
    public static void verify(Skill skill, Function<Class<?>, ObjectNode> schemaOf,
                              Function<Class<?>, ObjectNode> inputSchemaOf) {
        SkillManifest m = skill.manifest().manifest();
        Map<String, SkillTool<?, ?>> registered = skill.tools().stream()
                .collect(Collectors.toMap(SkillTool::name, t -> t, (a, b) -> {
                    throw new ManifestException("skill " + m.id() + " registers tool " + a.name() + " twice");
                }));
        List<String> problems = new ArrayList<>();
        Set<String> available = new TreeSet<>(m.availableTools());
        for (String tool : available) {
            if (!registered.containsKey(tool)) {
                problems.add("the manifest marks " + tool + " available but no such tool is registered");
            }
        }
        for (String tool : new TreeSet<>(registered.keySet())) {
            if (!available.contains(tool)) {
                boolean planned = m.operationServedBy(tool).isPresent();
                problems.add("tool " + tool + " is registered but the manifest "
                        + (planned ? "marks its operation planned" : "does not list it"));
            }
        }
        for (SkillManifest.Operation op : m.operations()) {
            SkillTool<?, ?> tool = registered.get(op.tool());
            if (tool == null || op.status() != SkillManifest.Status.available) {
                continue;
            }
            ArtifactContract produced = tool.produces().orElse(null);
            if (produced == null) {
                problems.add("operation " + op.id() + ": tool " + tool.name() + " declares no artifact contract, the "
                        + "manifest says " + op.contract().qualified());
                continue;
            }
            if (!produced.qualified().equals(op.contract().qualified())) {
                problems.add("operation " + op.id() + ": tool " + tool.name() + " produces " + produced.qualified()
                        + ", the manifest says " + op.contract().qualified());
                continue;
            }
            compare(skill, op, op.contract(), produced.type(), schemaOf.apply(produced.type()), problems);
            if (op.request() != null) {
                ObjectNode asked = inputSchemaOf.apply(tool.inputType());
                if (asked != null) {
                    compare(skill, op, op.request(), tool.inputType(), asked, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException("skill " + m.id() + " and its tools disagree:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static void compare(Skill skill, SkillManifest.Operation op, SkillManifest.Contract contract,
                                Class<?> type, ObjectNode generated, List<String> problems) {
        JsonNode committed = skill.manifest().contractSchemas().get(contract.qualified());
        if (committed == null) {
            problems.add("operation " + op.id() + ": contract schema " + contract.schema() + " is missing");
        } else if (!withoutEnvelope(committed).equals(generated)) {
            problems.add("operation " + op.id() + ": contract schema " + contract.schema()
                    + " differs from the schema of " + type.getSimpleName()
                    + " (regenerate the snapshots and review the change)");
        }
    }

    /** The generated part of a committed contract schema. */
    public static JsonNode withoutEnvelope(JsonNode committed) {
        ObjectNode copy = committed.deepCopy();
        ENVELOPE.forEach(copy::remove);
        return copy;
    }

    /** The committed form of a generated contract schema: the envelope first, then the generated schema. */
    public static ObjectNode withEnvelope(ObjectNode generated, ArtifactContract contract) {
        ObjectNode out = generated.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", "urn:webhook-orchestrator:contract:" + contract.qualified());
        out.put("title", contract.name() + " " + contract.version());
        out.setAll(generated);
        return out;
    }
}
