package org.webhookorchestrator.webhook.handoff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.PlanStep;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.Validation;

/**
 * Assembles the handoff packet from the design and its validation, adding nothing they do not say: alerts take their
 * thresholds from the design's figures, owners are the design's roles, steps are the design's plan.
 */
public final class PacketBuilder {

    private PacketBuilder() {
    }

    public static HandoffPacket build(String inventoryId, String designId, String validationId, Design design,
                                      Validation validation, List<HandoffPacket.AuditReference> audit) {
        List<String> decided = new ArrayList<>();
        for (TradeOff t : design.tradeOffs()) {
            decided.add(t.id() + ": " + t.decision());
        }
        List<String> open = design.openQuestions().stream().map(q -> q.id() + ": " + q.question()).toList();
        return new HandoffPacket(HandoffPacket.CONTRACT, design.project(),
                new HandoffPacket.Objective(design.objective(), design.successCriteria()),
                new HandoffPacket.DecisionBoundary(inventoryId, designId, validationId, decided, open),
                design.executionPlan(), design.risks(),
                new HandoffPacket.ValidationSummary(validation.summary(), validation.stagedRun(),
                        validation.checklist().stream().filter(i -> i.status() != ItemStatus.pass).toList()),
                dependencies(design), nextActions(design, validation), design.openQuestions(), runbook(design),
                audit);
    }

    static List<HandoffPacket.Dependency> dependencies(Design design) {
        List<HandoffPacket.Dependency> out = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            out.add(new HandoffPacket.Dependency(p.displayName() + " webhooks (" + p.providerId() + ")", "provider",
                    Roles.INTEGRATION_OWNER));
        }
        Set<String> stores = new LinkedHashSet<>();
        if (design.inbox() != null) {
            stores.add(design.inbox().store());
            if (design.inbox().dedupeStore() != null) {
                stores.add(design.inbox().dedupeStore());
            }
        }
        stores.forEach(s -> out.add(new HandoffPacket.Dependency(s, "infrastructure", Roles.PLATFORM)));
        out.add(new HandoffPacket.Dependency("consumer services of " + design.project(), "consumer", Roles.CONSUMER));
        return out;
    }

    static List<HandoffPacket.NextAction> nextActions(Design design, Validation validation) {
        List<HandoffPacket.NextAction> out = new ArrayList<>();
        validation.checklist().stream().filter(i -> i.status() == ItemStatus.fail).forEach(i -> out.add(
                new HandoffPacket.NextAction("fix " + i.id() + ": " + i.criterion(), Roles.INTEGRATION_OWNER)));
        design.openQuestions().forEach(q -> out.add(new HandoffPacket.NextAction("answer " + q.id() + ": "
                + q.question(), q.owner())));
        for (PlanStep step : design.executionPlan()) {
            out.add(new HandoffPacket.NextAction(step.action(), step.owner()));
        }
        return out;
    }

    static HandoffPacket.Runbook runbook(Design design) {
        List<HandoffPacket.Alert> alerts = new ArrayList<>();
        List<String> rotation = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            if (p.acknowledgement() != null && p.acknowledgement().deadline() != null) {
                alerts.add(new HandoffPacket.Alert("ack-latency-" + p.providerId(), "p99 acknowledgement latency of "
                        + p.providerId() + " deliveries above " + p.acknowledgement().deadline().value() + " "
                        + p.acknowledgement().deadline().unit() + " (the design's ack deadline)", Roles.SRE));
            }
            alerts.add(new HandoffPacket.Alert("signature-failures-" + p.providerId(), "any sustained rise of "
                    + "deliveries refused as not authentic for " + p.providerId()
                    + " (forgery attempt or a rotated secret)", Roles.SECURITY));
            if (p.reconciliation() != null && p.reconciliation().required() && p.reconciliation().alertAfter() != null) {
                alerts.add(new HandoffPacket.Alert("delivery-gap-" + p.providerId(), "no successful " + p.providerId()
                        + " delivery or reconciliation for " + p.reconciliation().alertAfter().value() + " "
                        + p.reconciliation().alertAfter().unit(), Roles.SRE));
            }
            if (p.verification() != null) {
                p.verification().rotationProcedure().forEach(s -> rotation.add(p.providerId() + ": " + s));
            }
        }
        List<String> replay = new ArrayList<>();
        if (design.downstream() != null && design.downstream().deadLetter() != null) {
            var dl = design.downstream().deadLetter();
            alerts.add(new HandoffPacket.Alert("dead-letter", dl.alert(), Roles.SRE));
            replay.addAll(dl.replayProcedure());
        }
        List<String> incident = List.of(
                "confirm the scope: which providers' deliveries fail, from the alerts and the receiver's refusals",
                "keep acknowledging: deliveries are acknowledged once in the inbox, so a consumer outage never "
                        + "makes a provider retry",
                "if the receiver itself fails, roll back to the previous release (the rollout plan's rollback "
                        + "stage) and let provider retries or reconciliation cover the gap",
                "after recovery, replay the dead letters and run reconciliation for providers that do not retry",
                "record the incident and any changed decision through webhook_design, so the audit log keeps it");
        return new HandoffPacket.Runbook(Roles.SRE, alerts, replay, rotation, incident);
    }
}
