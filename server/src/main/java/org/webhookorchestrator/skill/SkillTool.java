package org.webhookorchestrator.skill;

import java.util.Optional;
import org.webhookorchestrator.skill.api.ToolContract;

/** A tool that belongs to a skill: an operation producing a contracted artifact, or a helper producing none. */
public interface SkillTool<I, O> extends ToolContract<I, O> {

    /** The contract of the artifact this tool produces; empty for a read-only helper. */
    Optional<ArtifactContract> produces();
}
