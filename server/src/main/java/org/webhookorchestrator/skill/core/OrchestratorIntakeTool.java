package org.webhookorchestrator.skill.core;

import java.util.Optional;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.IntakeResult;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/** {@code orchestrator_intake}: takes in a handoff packet and answers who owns the next step. */
final class OrchestratorIntakeTool implements SkillTool<HandoffIntake, IntakeResult> {

    static final String NAME = "orchestrator_intake";

    private final Orchestrator orchestrator;

    OrchestratorIntakeTool(Orchestrator orchestrator) {
        this.orchestrator = orchestrator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Take in a handoff packet";
    }

    @Override
    public String description() {
        return "Takes in a project's handoff packet once its validation is recorded, completing the handoff phase, "
                + "and answers who owns the next step and which skill takes the packet next. The packet id (its "
                + "content address) is the idempotency key: the same packet twice is taken in once. Refused, naming "
                + "the missing step, before validate, or when the packet rests on a validation that is not current.";
    }

    @Override
    public Class<HandoffIntake> inputType() {
        return HandoffIntake.class;
    }

    @Override
    public Class<IntakeResult> outputType() {
        return IntakeResult.class;
    }

    @Override
    public ToolHints hints() {
        return new ToolHints(false, false, true, false);
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("intake-receipt", "v1", IntakeReceipt.class));
    }

    @Override
    public ToolOutcome<IntakeResult> call(HandoffIntake packet, ToolContext context) {
        DependencyAnswer<IntakeReceipt> answer = orchestrator.intake(packet);
        if (answer instanceof DependencyAnswer.Unavailable<IntakeReceipt> down) {
            return ToolOutcome.refusal(down.escalation("the packet " + packet.packetId() + " was not taken in"));
        }
        var answered = (DependencyAnswer.Answered<IntakeReceipt>) answer;
        return ToolOutcome.success(new IntakeResult(answered.value(), answered.dependency()),
                CoreMarkdown.intake(answered.value(), answered.dependency()));
    }
}
