package org.webhookorchestrator.skill.webhook;

import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.DesignEngine;
import org.webhookorchestrator.webhook.design.DesignMarkdown;
import org.webhookorchestrator.webhook.design.DesignRequest;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** {@code webhook_design}: the skill's second operation, from an inventory to a design. */
final class DesignTool implements SkillTool<DesignRequest, DesignResult> {

    static final String NAME = "webhook_design";

    private final DesignEngine engine;
    private final DecisionLog decisions;
    private final PhaseRecorder phases;

    DesignTool(DesignEngine engine, DecisionLog decisions, PhaseRecorder phases) {
        this.engine = engine;
        this.decisions = decisions;
        this.phases = phases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Webhook design";
    }

    @Override
    public String description() {
        return "Designs webhook ingestion for an inventory (by inventoryId from webhook_inventory, or inline): per "
                + "provider the endpoint, verification on raw bytes, idempotency key and dedupe TTL, ack deadline, "
                + "ordering, reconciliation, allowlist, payload limit and versioning; a durable inbox, downstream "
                + "retries with their schedule and a dead letter; threat model, risk register, trade-offs, "
                + "assumptions, open questions, execution and rollout plans, Mermaid diagrams. Every number is a "
                + "sourced fact or derived by a named rule. Content-addressed, recorded in the audit log.";
    }

    @Override
    public Class<DesignRequest> inputType() {
        return DesignRequest.class;
    }

    @Override
    public Class<DesignResult> outputType() {
        return DesignResult.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.recordsArtifact();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("design", "v1", Design.class));
    }

    @Override
    public ToolOutcome<DesignResult> call(DesignRequest request, ToolContext context) {
        var input = ArtifactInput.resolve(request.inventoryId(), request.inventory(), Inventory.class, "inventory",
                "inventoryId", "inventory", "webhook_inventory", decisions);
        Inventory inventory = input.artifact();
        String inventoryId = input.id();
        DesignEngine.Outcome outcome = engine.design(inventory, inventoryId, request.constraints());
        if (!outcome.ok()) {
            return ToolOutcome.refusal(new Escalation("the design cannot be made from these inputs ("
                    + outcome.problems().size() + (outcome.problems().size() == 1 ? " problem)" : " problems)"),
                    "no design was produced; nothing was recorded",
                    List.of("fix each field listed and call webhook_design again",
                            "re-run webhook_inventory if the inventory itself is at fault"),
                    "fix the listed fields and call again",
                    outcome.problems().stream().map(p -> new Escalation.Detail(p.path(), p.message())).toList()));
        }
        Design design = outcome.design();
        ArtifactId id = ArtifactId.of("design", design);
        Orchestration orchestration = phases.advance(design.project(), Phase.design, id.value(), null);
        DecisionLog.Recorded recorded = decisions.record(new DecisionLog.Decision(
                NAME, design.project(), context.client(), context.session(),
                ArtifactId.sha256Hex(CanonicalJson.bytes(request)), id.value(), design,
                decision(design), rationale(design) + OrchestrationNote.of(orchestration)));
        return ToolOutcome.success(new DesignResult(id.value(), design, AuditRef.of(recorded), orchestration),
                DesignMarkdown.render(id.value(), design) + OrchestrationNote.markdown(orchestration));
    }

    private static String decision(Design d) {
        long reconciled = d.providers().stream().filter(p -> p.reconciliation().required()).count();
        return "design for " + d.providers().size() + " provider(s) on a " + d.inbox().store() + " inbox; "
                + reconciled + " with reconciliation; " + d.threatModel().size() + " threat cases, "
                + d.risks().size() + " risks";
    }

    private static String rationale(Design d) {
        return "derived by " + d.rules().size() + " rules from inventory " + d.inventoryId() + "; "
                + d.assumptions().size() + " assumption(s) and " + d.openQuestions().size()
                + " open question(s) stated";
    }
}
