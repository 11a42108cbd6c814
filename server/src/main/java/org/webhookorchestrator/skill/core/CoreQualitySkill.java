package org.webhookorchestrator.skill.core;

import java.util.List;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.manifest.ManifestLoader;
import org.webhookorchestrator.skill.manifest.ManifestLoader.LoadedManifest;
import org.webhookorchestrator.skill.manifest.ManifestSource;

/**
 * The skill {@code core.quality} served as MCP tools, so that this server can be another's remote quality skill.
 * The tools answer from whichever quality skill they are given, embedded or itself remote.
 */
public final class CoreQualitySkill implements Skill {

    public static final String ID = "core.quality";

    private final LoadedManifest manifest;
    private final List<SkillTool<?, ?>> tools;

    public CoreQualitySkill(ManifestSource manifests, Quality quality) {
        this.manifest = ManifestLoader.load(manifests, ID);
        this.tools = List.of(new QualityEvaluateTool(quality));
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
