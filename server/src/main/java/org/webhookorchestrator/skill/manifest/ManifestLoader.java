package org.webhookorchestrator.skill.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a skill manifest. Every problem found is reported at once, each naming the field that is wrong, so
 * that an operator fixes a broken manifest in one pass rather than one restart per mistake.
 */
public final class ManifestLoader {

    static final Pattern SKILL_ID = Pattern.compile("^[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*)+$");
    static final Pattern TOOL_NAME = Pattern.compile("^[a-z0-9_]{1,64}$");
    static final Pattern VERSION = Pattern.compile("^v[1-9][0-9]*$");
    static final Set<String> HOSTS = Set.of("claude_desktop", "codex_desktop");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ManifestLoader() {
    }

    /** A manifest together with the contract schemas it names, each parsed. */
    public record LoadedManifest(SkillManifest manifest, java.util.Map<String, JsonNode> contractSchemas) {
    }

    public static LoadedManifest load(ManifestSource source, String skillId) {
        String file = skillId + ".json";
        byte[] bytes = source.read(file).orElseThrow(() -> new ManifestException(
                "skill manifest " + file + " not found in " + source.describe()));
        SkillManifest manifest;
        try {
            manifest = JSON.readValue(bytes, SkillManifest.class);
        } catch (IOException e) {
            throw new ManifestException("skill manifest " + file + " is not valid: " + firstLine(e.getMessage()), e);
        }
        List<String> problems = new ArrayList<>(check(manifest, skillId));
        java.util.Map<String, JsonNode> schemas = new java.util.TreeMap<>();
        for (SkillManifest.Operation op : manifest.operations()) {
            readSchema(source, op.contract(), "operations[" + op.id() + "].contract", schemas, problems);
            readSchema(source, op.request(), "operations[" + op.id() + "].request", schemas, problems);
        }
        if (!problems.isEmpty()) {
            throw new ManifestException("skill manifest " + file + " in " + source.describe() + " is invalid:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new LoadedManifest(manifest, schemas);
    }

    private static void readSchema(ManifestSource source, SkillManifest.Contract contract, String at,
                                   java.util.Map<String, JsonNode> schemas, List<String> problems) {
        if (contract == null || contract.schema() == null) {
            return;
        }
        var schemaBytes = source.read(contract.schema());
        if (schemaBytes.isEmpty()) {
            return; // whether an available operation lacks its schema is the manifest check's to say
        }
        try {
            schemas.put(contract.qualified(), JSON.readTree(schemaBytes.get()));
        } catch (IOException e) {
            problems.add(at + ".schema: " + contract.schema() + " is not JSON: " + firstLine(e.getMessage()));
        }
    }

    static List<String> check(SkillManifest m, String expectedId) {
        List<String> problems = new ArrayList<>();
        if (m.manifestVersion() != 1) {
            problems.add("manifestVersion: must be 1, found " + m.manifestVersion());
        }
        if (m.id() == null || !SKILL_ID.matcher(m.id()).matches()) {
            problems.add("id: must look like 'domain.skill_name', found " + m.id());
        } else if (!m.id().equals(expectedId)) {
            problems.add("id: file is named for " + expectedId + " but declares " + m.id());
        }
        requireText(problems, "name", m.name());
        requireText(problems, "version", m.version());
        requireText(problems, "description", m.description());
        if (m.tags().isEmpty()) {
            problems.add("tags: must list at least one tag");
        }
        for (int i = 0; i < m.hosts().size(); i++) {
            if (!HOSTS.contains(m.hosts().get(i))) {
                problems.add("hosts[" + i + "]: unknown host " + m.hosts().get(i) + " (known: " + HOSTS + ")");
            }
        }
        for (int i = 0; i < m.dependsOn().size(); i++) {
            if (!SKILL_ID.matcher(m.dependsOn().get(i)).matches()) {
                problems.add("dependsOn[" + i + "]: not a skill id: " + m.dependsOn().get(i));
            }
        }
        if (m.operations().isEmpty()) {
            problems.add("operations: must list at least one operation");
        }
        Set<String> tools = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < m.operations().size(); i++) {
            SkillManifest.Operation op = m.operations().get(i);
            String at = "operations[" + i + "]";
            if (op.id() == null || !ids.add(op.id())) {
                problems.add(at + ".id: missing or duplicate: " + op.id());
            }
            checkTool(problems, at, op.tool(), tools);
            if (op.status() == null) {
                problems.add(at + ".status: must be available or planned");
            }
            if (op.contract() == null) {
                problems.add(at + ".contract: missing");
            } else {
                checkContract(problems, at + ".contract", op.contract());
            }
            if (op.request() != null) {
                checkContract(problems, at + ".request", op.request());
                if (op.contract() != null && op.request().qualified().equals(op.contract().qualified())) {
                    problems.add(at + ".request: names the same contract as the result, " + op.request().qualified());
                }
            }
        }
        for (int i = 0; i < m.helpers().size(); i++) {
            SkillManifest.Helper h = m.helpers().get(i);
            checkTool(problems, "helpers[" + i + "]", h.tool(), tools);
            if (h.status() == null) {
                problems.add("helpers[" + i + "].status: must be available or planned");
            }
        }
        return problems;
    }

    private static void checkContract(List<String> problems, String at, SkillManifest.Contract c) {
        requireText(problems, at + ".name", c.name());
        if (c.version() == null || !VERSION.matcher(c.version()).matches()) {
            problems.add(at + ".version: must look like v1, found " + c.version());
        }
        requireText(problems, at + ".schema", c.schema());
    }

    private static void checkTool(List<String> problems, String at, String tool, Set<String> seen) {
        if (tool == null || !TOOL_NAME.matcher(tool).matches()) {
            problems.add(at + ".tool: must match " + TOOL_NAME.pattern() + ", found " + tool);
        } else if (!seen.add(tool)) {
            problems.add(at + ".tool: " + tool + " is named twice");
        }
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": must not be blank");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
