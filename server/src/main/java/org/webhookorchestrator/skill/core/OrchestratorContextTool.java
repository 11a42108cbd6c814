package org.webhookorchestrator.skill.core;

import java.util.Optional;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.ContextRequest;
import org.webhookorchestrator.core.contract.ContextResult;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/** {@code orchestrator_context}: a project's context and phase. */
final class OrchestratorContextTool implements SkillTool<ContextRequest, ContextResult> {

    static final String NAME = "orchestrator_context";

    private final Orchestrator orchestrator;

    OrchestratorContextTool(Orchestrator orchestrator) {
        this.orchestrator = orchestrator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Project context";
    }

    @Override
    public String description() {
        return "Returns a project's context as core.orchestrator keeps it: the normalized objective, success criteria "
                + "and constraints, the route (inventory, design, validate, handoff), the active phase, the phases "
                + "completed with their artifact ids, and what to call next. A project never seen has an empty "
                + "context at the inventory phase. States which dependency answered (embedded or remote).";
    }

    @Override
    public Class<ContextRequest> inputType() {
        return ContextRequest.class;
    }

    @Override
    public Class<ContextResult> outputType() {
        return ContextResult.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.lookup();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("project-context", "v1", ProjectContext.class));
    }

    @Override
    public ToolOutcome<ContextResult> call(ContextRequest request, ToolContext context) {
        DependencyAnswer<ProjectContext> answer = orchestrator.context(request.project());
        if (answer instanceof DependencyAnswer.Unavailable<ProjectContext> down) {
            return ToolOutcome.refusal(down.escalation("the context of " + request.project() + " could not be read"));
        }
        var answered = (DependencyAnswer.Answered<ProjectContext>) answer;
        return ToolOutcome.success(new ContextResult(answered.value(), answered.dependency()),
                CoreMarkdown.context(answered.value(), answered.dependency()));
    }
}
