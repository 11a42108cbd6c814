package org.webhookorchestrator.skill;

import java.util.List;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.api.ResourceTemplateEntry;
import org.webhookorchestrator.skill.manifest.ManifestLoader.LoadedManifest;

/**
 * A skill the host serves: its manifest, the tools behind its operations and the resources it publishes. Adding a
 * skill means adding a manifest and an implementation of this; the host itself does not change.
 */
public interface Skill {

    LoadedManifest manifest();

    List<SkillTool<?, ?>> tools();

    default List<ResourceEntry> resources() {
        return List.of();
    }

    default List<ResourceTemplateEntry> resourceTemplates() {
        return List.of();
    }
}
