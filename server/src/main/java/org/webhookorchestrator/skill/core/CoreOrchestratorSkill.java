package org.webhookorchestrator.skill.core;

import java.util.List;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.manifest.ManifestLoader;
import org.webhookorchestrator.skill.manifest.ManifestLoader.LoadedManifest;
import org.webhookorchestrator.skill.manifest.ManifestSource;

/**
 * The skill {@code core.orchestrator} served as MCP tools, so that this server can be another's remote orchestrator.
 * The tools answer from whichever orchestrator they are given, embedded or itself remote.
 */
public final class CoreOrchestratorSkill implements Skill {

    public static final String ID = "core.orchestrator";

    private final LoadedManifest manifest;
    private final List<SkillTool<?, ?>> tools;

    public CoreOrchestratorSkill(ManifestSource manifests, Orchestrator orchestrator) {
        this.manifest = ManifestLoader.load(manifests, ID);
        this.tools = List.of(new OrchestratorContextTool(orchestrator), new OrchestratorAdvanceTool(orchestrator),
                new OrchestratorIntakeTool(orchestrator));
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
        return SkillResources.of(manifest);
    }
}
