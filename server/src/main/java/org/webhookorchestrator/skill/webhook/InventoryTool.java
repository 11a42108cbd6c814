package org.webhookorchestrator.skill.webhook;

import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.contract.ObjectiveSnapshot;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;

/** {@code webhook_inventory}: the skill's first operation. */
final class InventoryTool implements SkillTool<InventoryRequest, InventoryResult> {

    static final String NAME = "webhook_inventory";

    private final InventoryNormalizer normalizer;
    private final DecisionLog decisions;
    private final PhaseRecorder phases;

    InventoryTool(InventoryNormalizer normalizer, DecisionLog decisions, PhaseRecorder phases) {
        this.normalizer = normalizer;
        this.decisions = decisions;
        this.phases = phases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Webhook inventory";
    }

    @Override
    public String description() {
        return "Normalizes a webhook ingestion brief: matches each provider to the built-in catalog (signing scheme, "
                + "headers, idempotency key, retries, timeout, limits; every fact with its source or marked "
                + "unverified), accepts unknown providers as custom with the questions to answer, and lists unknowns, "
                + "gaps and assumptions with confidence. Returns a content-addressed inventory artifact (same brief, "
                + "same id) recorded in the audit log. Secrets only as references (env:NAME, file:PATH).";
    }

    @Override
    public Class<InventoryRequest> inputType() {
        return InventoryRequest.class;
    }

    @Override
    public Class<InventoryResult> outputType() {
        return InventoryResult.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.recordsArtifact();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("inventory", "v1", Inventory.class));
    }

    @Override
    public ToolOutcome<InventoryResult> call(InventoryRequest brief, ToolContext context) {
        InventoryNormalizer.Outcome outcome = normalizer.normalize(brief);
        if (!outcome.ok()) {
            return ToolOutcome.refusal(new Escalation(
                    "the brief cannot be normalized (" + outcome.problems().size() + " problem"
                            + (outcome.problems().size() == 1 ? ")" : "s)"),
                    "no inventory was produced; design cannot start",
                    List.of("fix each field listed and call webhook_inventory again"),
                    "fix the listed fields and call again",
                    outcome.problems().stream().map(p -> new Escalation.Detail(p.path(), p.message())).toList()));
        }
        Inventory inventory = outcome.inventory();
        ArtifactId id = ArtifactId.of("inventory", inventory);
        Orchestration orchestration = phases.advance(brief.project(), Phase.inventory, id.value(),
                new ObjectiveSnapshot(inventory.objective(), inventory.successCriteria(), constraints(brief)));
        DecisionLog.Recorded recorded = decisions.record(new DecisionLog.Decision(
                NAME, brief.project(), context.client(), context.session(),
                ArtifactId.sha256Hex(CanonicalJson.bytes(brief)), id.value(), inventory,
                decision(inventory), rationale(inventory) + OrchestrationNote.of(orchestration)));
        return ToolOutcome.success(new InventoryResult(id.value(), inventory, AuditRef.of(recorded), orchestration),
                InventoryMarkdown.render(id.value(), inventory) + OrchestrationNote.markdown(orchestration));
    }

    /** The brief's constraints as the sentences the orchestrator's context keeps. */
    private static List<String> constraints(InventoryRequest brief) {
        var c = brief.constraints();
        if (c == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        c.security().forEach(s -> out.add("security: " + s));
        c.legal().forEach(s -> out.add("legal: " + s));
        if (c.budget() != null && !c.budget().isBlank()) {
            out.add("budget: " + c.budget().strip());
        }
        if (c.timeline() != null && !c.timeline().isBlank()) {
            out.add("timeline: " + c.timeline().strip());
        }
        if (c.staffing() != null && !c.staffing().isBlank()) {
            out.add("staffing: " + c.staffing().strip());
        }
        return out;
    }

    private static String decision(Inventory inventory) {
        long custom = inventory.providers().stream().filter(p -> p.match() == Inventory.Match.custom).count();
        return "inventory of " + inventory.providers().size() + " provider(s): "
                + (inventory.providers().size() - custom) + " from the catalog, " + custom + " custom";
    }

    private static String rationale(Inventory inventory) {
        return "providers matched by catalog id, alias or display name; " + inventory.unknowns().size()
                + " unknown fact(s), " + inventory.gaps().size() + " gap(s) and " + inventory.assumptions().size()
                + " assumption(s) stated; catalog " + inventory.catalogDigest().substring(0, 12);
    }
}
