package org.webhookorchestrator.skill.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.handoff.HandoffPacket;
import org.webhookorchestrator.webhook.handoff.PacketBuilder;
import org.webhookorchestrator.webhook.validation.Validation;

/**
 * {@code webhook_handoff}: builds the packet for the next owner from a validation and the design behind it, has
 * {@code core.quality} evaluate the Definition of Done, refuses while a blocking gate fails (unless an override with a
 * reason and an approver is given, which is recorded), and submits the packet to {@code core.orchestrator}.
 */
final class HandoffTool implements SkillTool<HandoffRequest, HandoffResult> {

    static final String NAME = "webhook_handoff";

    private final DecisionLog decisions;
    private final Quality quality;
    private final Orchestrator orchestrator;

    HandoffTool(DecisionLog decisions, Quality quality, Orchestrator orchestrator) {
        this.decisions = decisions;
        this.quality = quality;
        this.orchestrator = orchestrator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Hand off a validated webhook design";
    }

    @Override
    public String description() {
        return "Builds the handoff packet for the next owner from a validation (by validationId): objective and "
                + "decision boundary, execution plan, risk register, validation results, dependencies, next actions "
                + "with owners, open questions, the support runbook (alerts, on-call role, replay, secret rotation, "
                + "incident steps) and the audit references of every decision. core.quality evaluates the Definition "
                + "of Done first: a failing blocking gate refuses the handoff unless an override with reason and "
                + "approver is given. The packet is submitted to core.orchestrator.";
    }

    @Override
    public Class<HandoffRequest> inputType() {
        return HandoffRequest.class;
    }

    @Override
    public Class<HandoffResult> outputType() {
        return HandoffResult.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.recordsArtifact();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("handoff", "v1", HandoffPacket.class));
    }

    @Override
    public ToolOutcome<HandoffResult> call(HandoffRequest request, ToolContext context) {
        Validation validation = ArtifactInput.resolve(request.validationId(), null, Validation.class, "validation",
                "validationId", "validation", "webhook_validate", decisions).artifact();
        Design design = ArtifactInput.resolve(validation.designId(), null, Design.class, "design", "designId",
                "design", "webhook_design", decisions).artifact();
        List<HandoffPacket.AuditReference> refs = new ArrayList<>();
        for (String id : List.of(design.inventoryId(), validation.designId(), request.validationId())) {
            decisions.recordOf(id).ifPresent(r -> refs.add(new HandoffPacket.AuditReference(id, r.sequence(),
                    r.entryHash())));
        }
        HandoffPacket packet = PacketBuilder.build(design.inventoryId(), validation.designId(),
                request.validationId(), design, validation, refs);
        ArtifactId id = ArtifactId.of("handoff", packet);

        DependencyAnswer<QualityReport> evaluated = quality.evaluate(QualitySubjects.of(id.value(), packet, design,
                validation));
        if (evaluated instanceof DependencyAnswer.Unavailable<QualityReport> down) {
            // Gates are never bypassed: without an evaluation there is no handoff, override or not.
            return ToolOutcome.refusal(down.escalation("the handoff was not made: the Definition of Done could not "
                    + "be evaluated, and no override can stand in for it"));
        }
        var answered = (DependencyAnswer.Answered<QualityReport>) evaluated;
        QualityReport report = answered.value();
        if (!report.passed() && request.override() == null) {
            return ToolOutcome.refusal(gatesFailed(report));
        }

        IntakeReceipt receipt = null;
        Orchestration orchestration;
        var intake = orchestrator.intake(new HandoffIntake(packet.project(), id.value(), request.validationId(),
                packet.nextActions().stream().map(a -> new HandoffIntake.OwnedAction(a.action(), a.ownerRole()))
                        .toList(), request.nextSkill()));
        if (intake instanceof DependencyAnswer.Answered<IntakeReceipt> taken) {
            receipt = taken.value();
            if (!receipt.accepted()) {
                throw new EscalationException(receipt.refusal(), null);
            }
            orchestration = new Orchestration(taken.dependency(), true, List.of());
        } else {
            var down = (DependencyAnswer.Unavailable<IntakeReceipt>) intake;
            orchestration = new Orchestration(down.dependency(), false, List.of(down.assumption()
                    + "; submit the packet again once it is reachable"));
        }

        // An override only counts, and is only recorded, when a blocking gate actually failed.
        boolean overridden = !report.passed();
        String decision = overridden
                ? "handoff of " + validation.designId() + " with an OVERRIDE of failing gates "
                        + report.blockingFailures() + " approved by " + request.override().approver()
                : "handoff of " + validation.designId() + ": every blocking gate passed";
        String rationale = (overridden ? "override reason: " + request.override().reason() + "; " : "")
                + "quality " + report.gateSet() + " by " + answered.dependency().describe()
                + OrchestrationNote.of(orchestration);
        DecisionLog.Recorded recorded = decisions.record(new DecisionLog.Decision(NAME, packet.project(),
                context.client(), context.session(), ArtifactId.sha256Hex(CanonicalJson.bytes(request)), id.value(),
                packet, decision, rationale));
        HandoffResult result = new HandoffResult(id.value(), packet, report, answered.dependency(), receipt,
                orchestration, overridden ? request.override() : null, AuditRef.of(recorded));
        return ToolOutcome.success(result, HandoffMarkdown.render(result));
    }

    private static Escalation gatesFailed(QualityReport report) {
        List<Escalation.Detail> details = new ArrayList<>();
        report.gates().stream().filter(g -> g.blocking() && !g.passed()).forEach(g -> details.add(
                new Escalation.Detail(g.name(), g.summary())));
        return new Escalation("blocking Definition-of-Done gates fail: " + String.join(", ", report.blockingFailures()),
                "the handoff was not made and nothing was submitted to the next owner",
                List.of("fix what each gate names (usually in the design), then design, validate and hand off again",
                        "hand off anyway with override {reason, approver}; the override is recorded in the audit log"),
                "fix the failing gates: an override hands the next owner a known defect", details);
    }
}
