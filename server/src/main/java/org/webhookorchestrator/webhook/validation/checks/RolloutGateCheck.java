package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.RolloutStage;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** The rollout goes shadow, canary, cutover, with a rollback, and every stage is gated by a validation. */
public final class RolloutGateCheck implements DesignCheck {

    static final List<String> STAGES = List.of("shadow", "canary", "cutover", "rollback");

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<String> evidence = new ArrayList<>();
        for (String stage : STAGES) {
            if (design.rollout().stream().noneMatch(s -> stage.equals(s.stage()))) {
                evidence.add("no " + stage + " stage");
            }
        }
        for (RolloutStage s : design.rollout()) {
            if (s.gate() == null || s.gate().isBlank()) {
                evidence.add("stage " + s.order() + " (" + s.stage() + ") has no gate");
            }
        }
        return List.of(StaticItems.item("rollout-gates", null,
                "shadow, canary, cutover and rollback are planned and each stage is gated by a validation",
                "stages missing or ungated", "0", String.valueOf(evidence.size()),
                evidence.isEmpty() ? ItemStatus.pass : ItemStatus.fail,
                evidence.isEmpty() ? List.of(design.rollout().size() + " stages, each gated") : evidence));
    }
}
