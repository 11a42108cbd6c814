package org.webhookorchestrator.skill.webhook;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.NextAction;
import org.webhookorchestrator.core.contract.QualitySubject;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.handoff.HandoffPacket;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.Validation;

/** Puts a handoff packet, with the design and validation behind it, into the form core.quality evaluates. */
final class QualitySubjects {

    private QualitySubjects() {
    }

    static QualitySubject of(String packetId, HandoffPacket packet, Design design, Validation validation) {
        var boundary = packet.decisionBoundary();
        var determinism = new QualitySubject.Determinism(
                List.of(boundary.inventoryId(), boundary.designId(), boundary.validationId(), packetId), null);
        var tradeoffs = design.tradeOffs().stream().map(t -> new QualitySubject.Tradeoff(t.decision(),
                t.alternatives(), t.justification())).toList();
        var items = validation.checklist().stream().filter(i -> i.status() != ItemStatus.not_applicable)
                        .map(i -> new QualitySubject.ValidationItem(i.id(), i.criterion(), i.metric(),
                                i.threshold(), i.method(), i.observed(), status(i.status()))).toList();
        var risks = design.risks().stream().map(r -> new QualitySubject.Risk(r.id(), r.risk(), r.mitigation(),
                r.escalationTrigger(), r.owner())).toList();
        var threats = design.threatModel().stream().map(t -> new QualitySubject.Threat(t.id(),
                t.threat() + ": " + t.abuseCase(), t.acceptanceCriterion())).toList();
        List<QualitySubject.Fact> facts = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            if (p.verification() != null) {
                p.verification().facts().forEach(f -> facts.add(new QualitySubject.Fact(
                        p.providerId() + " " + f.fact(), factStatus(f.status()), f.sources())));
            }
        }
        var dependencies = packet.dependencies().stream().map(d -> new QualitySubject.DependencyOwner(d.name(),
                d.ownerRole())).toList();
        var next = packet.nextActions().stream().map(a -> new NextAction(a.action(), a.ownerRole())).toList();
        return new QualitySubject(packetId, "handoff-packet", determinism, tradeoffs, items, risks, threats, facts,
                dependencies, next);
    }

    private static QualitySubject.ItemStatus status(ItemStatus s) {
        return switch (s) {
            case pass -> QualitySubject.ItemStatus.pass;
            case fail -> QualitySubject.ItemStatus.fail;
            default -> QualitySubject.ItemStatus.not_observable;
        };
    }

    private static QualitySubject.FactStatus factStatus(Inventory.FactStatus s) {
        return QualitySubject.FactStatus.valueOf(s.name());
    }
}
