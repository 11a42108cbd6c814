package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.webhook.design.rules.AckDeadlineRule;
import org.webhookorchestrator.webhook.design.rules.CapacityRule;
import org.webhookorchestrator.webhook.design.rules.ConstraintsRule;
import org.webhookorchestrator.webhook.design.rules.DeadLetterRule;
import org.webhookorchestrator.webhook.design.rules.DedupeWindowRule;
import org.webhookorchestrator.webhook.design.rules.DiagramRule;
import org.webhookorchestrator.webhook.design.rules.EndpointRule;
import org.webhookorchestrator.webhook.design.rules.ExecutionPlanRule;
import org.webhookorchestrator.webhook.design.rules.IdempotencyRule;
import org.webhookorchestrator.webhook.design.rules.InboxRule;
import org.webhookorchestrator.webhook.design.rules.IpAllowlistRule;
import org.webhookorchestrator.webhook.design.rules.OperationalRiskRule;
import org.webhookorchestrator.webhook.design.rules.OrderingRule;
import org.webhookorchestrator.webhook.design.rules.PayloadLimitRule;
import org.webhookorchestrator.webhook.design.rules.ProviderTimeoutRule;
import org.webhookorchestrator.webhook.design.rules.ReconciliationRule;
import org.webhookorchestrator.webhook.design.rules.ReplayToleranceRule;
import org.webhookorchestrator.webhook.design.rules.ResponseRule;
import org.webhookorchestrator.webhook.design.rules.RetryHorizonRule;
import org.webhookorchestrator.webhook.design.rules.RetryScheduleRule;
import org.webhookorchestrator.webhook.design.rules.RolloutRule;
import org.webhookorchestrator.webhook.design.rules.RotationRule;
import org.webhookorchestrator.webhook.design.rules.StoreChoice;
import org.webhookorchestrator.webhook.design.rules.ThreatModelRule;
import org.webhookorchestrator.webhook.design.rules.VendorRiskRule;
import org.webhookorchestrator.webhook.design.rules.VerificationRule;
import org.webhookorchestrator.webhook.design.rules.VersioningRule;
import org.webhookorchestrator.webhook.inventory.Inventory;

/**
 * Applies the rules to an inventory and constraints, in a fixed order, and assembles the design. It is a pure
 * function: no clock, no randomness, no I/O; providers keep the inventory's order. Each rule decides one thing from
 * named inputs, so a changed fact changes only the decisions that read it.
 */
public final class DesignEngine {

    /** The rules applied, with their formulas, as the design lists them. */
    public static final List<RuleSummary> RULES = List.of(
            new RuleSummary(ConstraintsRule.NAME, ConstraintsRule.FORMULA),
            new RuleSummary(InboxRule.NAME, InboxRule.FORMULA),
            new RuleSummary(InboxRule.POLL, InboxRule.POLL_FORMULA),
            new RuleSummary(InboxRule.RETENTION, InboxRule.RETENTION_FORMULA),
            new RuleSummary(EndpointRule.NAME, EndpointRule.FORMULA),
            new RuleSummary(VerificationRule.NAME, VerificationRule.FORMULA),
            new RuleSummary(ReplayToleranceRule.NAME, ReplayToleranceRule.FORMULA),
            new RuleSummary(RotationRule.NAME, RotationRule.FORMULA),
            new RuleSummary(RetryHorizonRule.NAME, RetryHorizonRule.FORMULA),
            new RuleSummary(IdempotencyRule.NAME, IdempotencyRule.FORMULA),
            new RuleSummary(DedupeWindowRule.NAME, DedupeWindowRule.FORMULA),
            new RuleSummary(ProviderTimeoutRule.NAME, ProviderTimeoutRule.FORMULA),
            new RuleSummary(AckDeadlineRule.NAME, AckDeadlineRule.FORMULA),
            new RuleSummary(ResponseRule.NAME, ResponseRule.FORMULA),
            new RuleSummary(OrderingRule.NAME, OrderingRule.FORMULA),
            new RuleSummary(ReconciliationRule.INTERVAL, ReconciliationRule.INTERVAL_FORMULA),
            new RuleSummary(ReconciliationRule.ALERT, ReconciliationRule.ALERT_FORMULA),
            new RuleSummary(ReconciliationRule.BACKFILL, ReconciliationRule.BACKFILL_FORMULA),
            new RuleSummary(IpAllowlistRule.NAME, IpAllowlistRule.FORMULA),
            new RuleSummary(PayloadLimitRule.NAME, PayloadLimitRule.FORMULA),
            new RuleSummary(VersioningRule.NAME, VersioningRule.FORMULA),
            new RuleSummary(RetryScheduleRule.BASE, RetryScheduleRule.BASE_FORMULA),
            new RuleSummary(RetryScheduleRule.CAP, RetryScheduleRule.CAP_FORMULA),
            new RuleSummary(RetryScheduleRule.RETRIES, RetryScheduleRule.RETRIES_FORMULA),
            new RuleSummary(RetryScheduleRule.SPAN, "span = sum of the lower jitter bounds of every retry"),
            new RuleSummary(DeadLetterRule.NAME, DeadLetterRule.FORMULA),
            new RuleSummary(CapacityRule.DEDUPE, "records = sustained * longestTtl"),
            new RuleSummary(CapacityRule.BACKLOG, "backlog = sustained * outageTolerance"),
            new RuleSummary(CapacityRule.RATE_LIMIT, "limit = peak * headroom"),
            new RuleSummary(ThreatModelRule.NAME, ThreatModelRule.FORMULA),
            new RuleSummary(VendorRiskRule.NAME, VendorRiskRule.FORMULA),
            new RuleSummary(OperationalRiskRule.NAME, OperationalRiskRule.FORMULA),
            new RuleSummary(ExecutionPlanRule.NAME, ExecutionPlanRule.FORMULA),
            new RuleSummary(RolloutRule.NAME, RolloutRule.FORMULA),
            new RuleSummary(DiagramRule.NAME, DiagramRule.FORMULA));

    /** The design, or the problems that stop one being made, each with its field path. */
    public record Outcome(Design design, List<DesignProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Outcome design(Inventory inventory, String inventoryId, DesignConstraints constraints) {
        List<DesignProblem> problems = new ArrayList<>(ConstraintChecks.check(inventory, constraints));
        List<ProviderProfile> profiles = new ArrayList<>();
        for (int i = 0; i < inventory.providers().size(); i++) {
            profiles.add(ProviderProfile.read(inventory.providers().get(i), "inventory.providers[" + i + "]",
                    problems));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Findings f = new Findings();
        carryOver(inventory, f);
        ResolvedConstraints c = ConstraintsRule.resolve(ConstraintChecks.normalized(inventory, constraints), f);
        StoreChoice store = InboxRule.choose(c.infrastructure(), f);
        f.tradeOff(AckDeadlineRule.tradeOff());
        f.tradeOff(EndpointRule.tradeOff());
        f.tradeOff(DedupeWindowRule.tradeOff());
        f.tradeOff(RetryScheduleRule.tradeOff());
        f.tradeOff(ResponseRule.tradeOff());
        List<String> legal = inventory.constraints() == null ? List.of() : inventory.constraints().legal();

        List<ProviderDesign> providers = new ArrayList<>();
        for (ProviderProfile p : profiles) {
            providers.add(provider(p, c, store, inventory.contractRequirements(), f));
        }
        List<Figure> ttls = providers.stream().map(p -> p.idempotency().ttl()).toList();
        Inbox inbox = InboxRule.decide(store, c, ttls);
        RetryPolicy retry = RetryScheduleRule.decide(c.latencyObjective(), c.downstreamOutageTolerance());
        Downstream downstream = new Downstream(retry, DeadLetterRule.decide(store, legal, f));
        Capacity capacity = CapacityRule.decide(c, inbox.retention());

        List<ThreatCase> threats = new ArrayList<>(ThreatModelRule.common());
        for (int i = 0; i < profiles.size(); i++) {
            threats.addAll(ThreatModelRule.forProvider(profiles.get(i), providers.get(i)));
            VendorRiskRule.assess(profiles.get(i), providers.get(i), f);
        }
        OperationalRiskRule.assess(providers, inbox, f);
        List<String> consumers = inventory.consumers().stream().map(Inventory.Consumer::name).toList();
        Diagrams diagrams = DiagramRule.draw(profiles, providers, inbox, retry, consumers);

        Design draft = new Design(Design.CONTRACT, inventory.project(), inventory.objective(),
                inventory.successCriteria(), inventoryId, inventory.catalogDigest(), c, providers, inbox, downstream,
                capacity, threats, f.risks(), f.tradeOffs(), f.assumptions(), f.questions(),
                ExecutionPlanRule.plan(providers, inbox), RolloutRule.stages(), diagrams, RULES, List.of());
        return new Outcome(withSources(draft, inventory), List.of());
    }

    private static ProviderDesign provider(ProviderProfile p, ResolvedConstraints c, StoreChoice store,
                                           List<String> contractRequirements, Findings f) {
        Figure horizon = RetryHorizonRule.horizon(p, f);
        Reconciliation reconciliation = ReconciliationRule.decide(p, horizon, c.missedDeliveryDetection(), f);
        Optional<Figure> tolerance = ReplayToleranceRule.tolerance(p, f);
        Figure ttl = DedupeWindowRule.ttl(horizon, tolerance,
                ReconciliationRule.redeliveryWindow(reconciliation, p));
        Idempotency idempotency = IdempotencyRule.decide(p, store, ttl, f);
        Figure success = ResponseRule.successStatus(p, f);
        Acknowledgement ack = AckDeadlineRule.decide(ProviderTimeoutRule.timeout(p, f), success);
        IpAllowlist allowlist = IpAllowlistRule.decide(p, f);
        Verification verification = VerificationRule.decide(p, tolerance, horizon, idempotency, allowlist, f);
        List<OrderingNeed> needs = c.orderingNeeds().stream().filter(n -> n.provider().equals(p.id())).toList();
        return new ProviderDesign(p.id(), p.displayName(), p.inventory().match().name(), p.events(),
                EndpointRule.decide(p), verification, idempotency, ack, ResponseRule.decide(p, success),
                OrderingRule.decide(p, needs, f), reconciliation, allowlist, PayloadLimitRule.decide(p, f),
                VersioningRule.decide(p, contractRequirements, f));
    }

    /** The inventory's own assumptions and gaps still hold for the design built on it. */
    private static void carryOver(Inventory inventory, Findings f) {
        for (int i = 0; i < inventory.assumptions().size(); i++) {
            Inventory.Assumption a = inventory.assumptions().get(i);
            f.assume("A-inventory-" + (i + 1), a.statement(), a.confidence(), "from the inventory: " + a.basis());
        }
        for (int i = 0; i < inventory.gaps().size(); i++) {
            Inventory.Gap g = inventory.gaps().get(i);
            f.ask("Q-gap-" + (i + 1), g.question(), "the brief (" + g.area() + ")", Roles.INTEGRATION_OWNER);
        }
    }

    /** Lists exactly the sources cited by fact references somewhere in the design. */
    private static Design withSources(Design d, Inventory inventory) {
        Set<String> keys = new TreeSet<>();
        collect(CanonicalJson.mapper().valueToTree(d), keys);
        Map<String, String> table = inventory.sources().stream().collect(Collectors.toMap(
                Inventory.SourceCitation::key, Inventory.SourceCitation::citation, (a, b) -> a));
        List<Inventory.SourceCitation> sources = keys.stream().map(k -> new Inventory.SourceCitation(k,
                table.getOrDefault(k, "(not in the inventory's source table)"))).toList();
        return new Design(d.contract(), d.project(), d.objective(), d.successCriteria(), d.inventoryId(),
                d.catalogDigest(), d.constraints(), d.providers(), d.inbox(), d.downstream(), d.capacity(),
                d.threatModel(), d.risks(), d.tradeOffs(), d.assumptions(), d.openQuestions(), d.executionPlan(),
                d.rollout(), d.diagrams(), d.rules(), sources);
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode sources = node.get("sources");
            if (sources != null && sources.isArray() && (node.has("status") || node.has("basis"))) {
                sources.forEach(s -> keys.add(s.asText()));
            }
            node.elements().forEachRemaining(child -> collect(child, keys));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, keys));
        }
    }
}
