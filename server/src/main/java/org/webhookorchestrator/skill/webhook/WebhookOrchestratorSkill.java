package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.api.ResourceTemplateEntry;
import org.webhookorchestrator.skill.manifest.ManifestLoader;
import org.webhookorchestrator.skill.manifest.ManifestLoader.LoadedManifest;
import org.webhookorchestrator.skill.manifest.ManifestSource;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.DesignEngine;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.validation.StagingPolicy;

/** The skill {@code integration.webhook_orchestrator}: its manifest, its tools and the resources it publishes. */
public final class WebhookOrchestratorSkill implements Skill {

    public static final String ID = "integration.webhook_orchestrator";
    private static final ObjectWriter PRETTY = CanonicalJson.mapper().writerWithDefaultPrettyPrinter();

    private final LoadedManifest manifest;
    private final ProviderCatalog catalog;
    private final DecisionLog decisions;
    private final List<SkillTool<?, ?>> tools;
    private final ProvidersTool providers;

    /**
     * @param helpers read-only tools the manifest lists as helpers but that live with their own subsystem (the
     *                audit log's {@code audit_log})
     */
    public WebhookOrchestratorSkill(ManifestSource manifests, ProviderCatalog catalog, DecisionLog decisions,
                                    Staging staging, Orchestrator orchestrator, Quality quality,
                                    List<SkillTool<?, ?>> helpers) {
        this.manifest = ManifestLoader.load(manifests, ID);
        this.catalog = catalog;
        this.decisions = decisions;
        this.providers = new ProvidersTool(catalog);
        PhaseRecorder phases = new PhaseRecorder(orchestrator);
        List<SkillTool<?, ?>> all = new ArrayList<>(List.of(
                new InventoryTool(new InventoryNormalizer(catalog, catalog.digest()), decisions, phases),
                new DesignTool(new DesignEngine(), decisions, phases),
                new ValidateTool(catalog, decisions, staging.policy(), staging.redactor(), staging.resolver(), phases),
                new HandoffTool(decisions, quality, orchestrator),
                providers));
        all.addAll(helpers);
        this.tools = List.copyOf(all);
    }

    /**
     * What staged validation may do and with which secrets: the operator's policy, the redactor every secret a run
     * makes or resolves is registered with, and the resolver of allowed references.
     */
    public record Staging(StagingPolicy policy, SecretRedactor redactor, UnaryOperator<String> resolver) {
    }

    @Override
    public LoadedManifest manifest() {
        return manifest;
    }

    @Override
    public List<SkillTool<?, ?>> tools() {
        return tools;
    }

    @Override
    public List<ResourceEntry> resources() {
        List<ResourceEntry> out = new ArrayList<>();
        out.add(new ResourceEntry("skill://" + ID + "/manifest", "manifest", "Skill manifest",
                "The skill card of " + ID + " as data: operations, tools, contracts, dependencies.",
                "application/json", () -> pretty(CanonicalJson.mapper().valueToTree(manifest.manifest()))));
        manifest.contractSchemas().forEach((name, schema) -> out.add(new ResourceEntry(
                "skill://" + ID + "/contracts/" + name, "contract-" + name, "Contract schema " + name,
                "JSON Schema of the " + name + " artifact.", "application/schema+json", () -> pretty(schema))));
        catalog.all().forEach(entry -> out.add(new ResourceEntry(
                "catalog://providers/" + entry.id(), "provider-" + entry.id(), entry.displayName() + " (catalog)",
                "How " + entry.displayName() + " signs and delivers webhooks, each fact with its source.",
                "application/json", () -> pretty(CanonicalJson.mapper().valueToTree(
                        providers.lookup(List.of(entry.id())))))));
        return out;
    }

    @Override
    public List<ResourceTemplateEntry> resourceTemplates() {
        return List.of(new ResourceTemplateEntry("artifact://{id}", "artifact",
                "An artifact by its content address, as recorded in the audit log (canonical JSON: its SHA-256 "
                        + "begins with the id's digest).",
                "application/json", uri -> artifact(uri.substring("artifact://".length()))));
    }

    private Optional<String> artifact(String id) {
        if (!ArtifactId.isValid(id)) {
            return Optional.empty();
        }
        return decisions.artifact(id).map(CanonicalJson::string);
    }

    private static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
