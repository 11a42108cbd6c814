package org.webhookorchestrator.skill.core;

import java.util.Optional;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualityResult;
import org.webhookorchestrator.core.contract.QualitySubject;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/**
 * {@code quality_evaluate}: the Definition of Done, gate by gate. Failing gates are a successful evaluation whose
 * report says so; only an evaluation that could not happen is an error result.
 */
final class QualityEvaluateTool implements SkillTool<QualitySubject, QualityResult> {

    static final String NAME = "quality_evaluate";

    private final Quality quality;

    QualityEvaluateTool(Quality quality) {
        this.quality = quality;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Evaluate the Definition of Done";
    }

    @Override
    public String description() {
        return "Evaluates a subject (a handoff packet described as trade-offs, validation items, risks, threat "
                + "cases, facts, dependencies and next actions) against the Definition of Done as named gates: "
                + "deterministic-output, tradeoffs-justified, validation-measurable, risks-have-mitigation, "
                + "risks-have-owners, threat-cases-present, facts-sourced, next-actions-owned (blocking) and "
                + "validation-results-pass (advisory). Each gate passes or fails with evidence by item id.";
    }

    @Override
    public Class<QualitySubject> inputType() {
        return QualitySubject.class;
    }

    @Override
    public Class<QualityResult> outputType() {
        return QualityResult.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.lookup();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("quality-report", "v1", QualityReport.class));
    }

    @Override
    public ToolOutcome<QualityResult> call(QualitySubject subject, ToolContext context) {
        DependencyAnswer<QualityReport> answer = quality.evaluate(subject);
        if (answer instanceof DependencyAnswer.Unavailable<QualityReport> down) {
            return ToolOutcome.refusal(down.escalation("no gate was evaluated; a handoff resting on this subject "
                    + "is refused until one is"));
        }
        var answered = (DependencyAnswer.Answered<QualityReport>) answer;
        return ToolOutcome.success(new QualityResult(answered.value(), answered.dependency()),
                CoreMarkdown.report(answered.value(), answered.dependency()));
    }
}
