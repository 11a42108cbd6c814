package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.webhookorchestrator.webhook.design.FactRef;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.Ordering;
import org.webhookorchestrator.webhook.design.OrderingNeed;
import org.webhookorchestrator.webhook.design.OrderingRequirement;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Roles;

/**
 * The ordering strategy. No provider guarantees delivery order, and retries reorder even a sender that tries, so
 * order is never taken from arrival: unordered types are processed concurrently by commutative handlers; per-key
 * types are serialized per entity and a stale event is recognised by the entity's own version; a total order cannot
 * be recovered from the deliveries and is escalated.
 */
public final class OrderingRule {

    public static final String NAME = "ordering";
    public static final String FORMULA = "requirement = strictest need among the provider's event types; "
            + "none -> concurrent; per-key -> serial per key + version check; total -> escalate";

    private OrderingRule() {
    }

    public static Ordering decide(ProviderProfile p, List<OrderingNeed> needs, Findings findings) {
        OrderingRequirement strictest = needs.stream().map(OrderingNeed::requirement)
                .max(Comparator.naturalOrder()).orElse(OrderingRequirement.NONE);
        List<String> types = needs.stream().filter(n -> n.requirement() != OrderingRequirement.NONE)
                .map(OrderingNeed::eventType).toList();
        List<String> keys = needs.stream().filter(n -> n.requirement() == OrderingRequirement.PER_KEY)
                .map(OrderingNeed::key).distinct().toList();
        String statement = p.text("delivery.ordering").map(Known::value)
                .orElse("no source states an order guarantee");
        FactRef fact = p.text("delivery.ordering").map(Known::ref).orElse(null);
        List<String> notes = new ArrayList<>();
        notes.add("arrival order is not event order: retries and concurrent deliveries reorder events");
        String strategy = switch (strictest) {
            case NONE -> "process concurrently; handlers are commutative and idempotent, so order does not matter";
            case PER_KEY -> "serialize per key: the worker takes the next inbox row of a key only when the previous "
                    + "one is done, and the handler compares the entity's version or updated-at in the payload "
                    + "with what it has applied, skipping an older one (or re-reading the entity from the provider "
                    + "when the payload has no version)";
            case TOTAL -> "one lane for these event types, processed in receipt order, with the per-key version "
                    + "check as well; receipt order is not the provider's order, so this is escalated";
        };
        if (strictest == OrderingRequirement.TOTAL) {
            findings.ask("Q-" + p.id() + "-total-order", "Do " + String.join(", ", types) + " from "
                    + p.displayName() + " really need one global order, or is per-entity order enough?",
                    "the ordering strategy and throughput of " + p.id(), Roles.CONSUMER);
            findings.risk(new Risk("R-" + p.id() + "-total-order", RiskCategory.operational, p.id(),
                    "a total order is required but " + p.displayName() + " does not guarantee delivery order, so "
                            + "it cannot be recovered from deliveries", Level.high, Level.high,
                    "single lane plus version check; confirm the need is per entity, not global",
                    "the consumer sees an event applied out of order", Roles.CONSUMER));
        }
        if (p.custom()) {
            notes.add("the provider is custom: ask whether its payloads carry a version or sequence per entity");
        }
        return new Ordering(statement, fact, strictest.id(), strategy, types, keys, notes);
    }
}
