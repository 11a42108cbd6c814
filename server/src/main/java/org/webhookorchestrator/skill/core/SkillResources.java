package org.webhookorchestrator.skill.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.manifest.ManifestLoader.LoadedManifest;

/** The resources every core skill publishes: its manifest and each of its contract schemas. */
final class SkillResources {

    private SkillResources() {
    }

    static List<ResourceEntry> of(LoadedManifest manifest) {
        String id = manifest.manifest().id();
        List<ResourceEntry> out = new ArrayList<>();
        out.add(new ResourceEntry("skill://" + id + "/manifest", id + "-manifest", "Skill manifest of " + id,
                "The skill card of " + id + " as data: operations, tools, contracts.", "application/json",
                () -> pretty(CanonicalJson.mapper().valueToTree(manifest.manifest()))));
        manifest.contractSchemas().forEach((name, schema) -> out.add(new ResourceEntry(
                "skill://" + id + "/contracts/" + name, id + "-contract-" + name, "Contract schema " + name,
                "JSON Schema of the " + name + " contract of " + id + ".", "application/schema+json",
                () -> pretty(schema))));
        return out;
    }

    private static String pretty(JsonNode node) {
        try {
            return CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
