package org.webhookorchestrator.skill.core;

import java.util.Optional;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.AdvanceResult;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/**
 * {@code orchestrator_advance}: records that a phase produced an artifact. A step out of order is refused in the
 * decision itself ({@code accepted: false} with the escalation), because a refusal is the orchestrator's answer and a
 * remote caller must be able to tell it apart from a failure to answer.
 */
final class OrchestratorAdvanceTool implements SkillTool<PhaseAdvance, AdvanceResult> {

    static final String NAME = "orchestrator_advance";

    private final Orchestrator orchestrator;

    OrchestratorAdvanceTool(Orchestrator orchestrator) {
        this.orchestrator = orchestrator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Advance a project's phase";
    }

    @Override
    public String description() {
        return "Records that a phase (inventory, design or validate) of a project produced an artifact, in route "
                + "order. A step out of order is refused (accepted: false) with a message naming the step that must "
                + "come first and the tool to call. Redoing an earlier phase with a new artifact resets the later "
                + "phases; the same artifact again changes nothing. Handoffs are recorded by orchestrator_intake.";
    }

    @Override
    public Class<PhaseAdvance> inputType() {
        return PhaseAdvance.class;
    }

    @Override
    public Class<AdvanceResult> outputType() {
        return AdvanceResult.class;
    }

    /** Resetting later phases discards their records, so it is declared destructive; a repeat changes nothing. */
    @Override
    public ToolHints hints() {
        return new ToolHints(false, true, true, false);
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("advance-decision", "v1", AdvanceDecision.class));
    }

    @Override
    public ToolOutcome<AdvanceResult> call(PhaseAdvance request, ToolContext context) {
        DependencyAnswer<AdvanceDecision> answer = orchestrator.advance(request);
        if (answer instanceof DependencyAnswer.Unavailable<AdvanceDecision> down) {
            return ToolOutcome.refusal(down.escalation(request.phase() + " of " + request.project()
                    + " was not recorded"));
        }
        var answered = (DependencyAnswer.Answered<AdvanceDecision>) answer;
        return ToolOutcome.success(new AdvanceResult(answered.value(), answered.dependency()),
                CoreMarkdown.advance(answered.value(), answered.dependency()));
    }
}
