package org.webhookorchestrator.webhook.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.Inventory.InventoriedProvider;

/**
 * The checks that need more than one field, or the inventory, to see: Jakarta constraints on the records catch the
 * rest before the engine runs. Each problem names its field path.
 */
final class ConstraintChecks {

    private ConstraintChecks() {
    }

    static List<DesignProblem> check(Inventory inventory, DesignConstraints c) {
        List<DesignProblem> problems = new ArrayList<>();
        if (!Inventory.CONTRACT.equals(inventory.contract())) {
            problems.add(new DesignProblem("inventory.contract", "must be " + Inventory.CONTRACT + ", found "
                    + inventory.contract()));
        }
        if (inventory.providers().isEmpty()) {
            problems.add(new DesignProblem("inventory.providers", "must list at least one provider"));
        }
        if (c.peakPerSecond() != null && c.sustainedPerSecond() != null
                && c.sustainedPerSecond() > c.peakPerSecond()) {
            problems.add(new DesignProblem("constraints.sustainedPerSecond", "must not exceed "
                    + "constraints.peakPerSecond (" + c.sustainedPerSecond() + " > " + c.peakPerSecond() + ")"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < c.orderingNeeds().size(); i++) {
            OrderingNeed need = c.orderingNeeds().get(i);
            String at = "constraints.orderingNeeds[" + i + "]";
            Optional<InventoriedProvider> provider = find(inventory, need.provider());
            if (provider.isEmpty()) {
                problems.add(new DesignProblem(at + ".provider", "'" + need.provider() + "' is not a provider of "
                        + "the inventory (" + String.join(", ", inventory.providers().stream()
                        .map(InventoriedProvider::providerId).toList()) + ")"));
                continue;
            }
            List<String> events = provider.get().events();
            if (!events.isEmpty() && !events.contains(need.eventType())) {
                problems.add(new DesignProblem(at + ".eventType", "'" + need.eventType() + "' is not among the "
                        + "events of " + provider.get().providerId() + " (" + String.join(", ", events) + ")"));
            }
            if (need.requirement() == OrderingRequirement.PER_KEY && (need.key() == null || need.key().isBlank())) {
                problems.add(new DesignProblem(at + ".key", "is required when requirement is per-key: name the "
                        + "body field that identifies the entity"));
            }
            Integer earlier = seen.putIfAbsent(provider.get().providerId() + " " + need.eventType(), i);
            if (earlier != null) {
                problems.add(new DesignProblem(at, "repeats constraints.orderingNeeds[" + earlier + "] for "
                        + provider.get().providerId() + " " + need.eventType()));
            }
        }
        return problems;
    }

    /** The constraints with each ordering need naming its provider by inventory id. */
    static DesignConstraints normalized(Inventory inventory, DesignConstraints c) {
        List<OrderingNeed> needs = c.orderingNeeds().stream().map(n -> new OrderingNeed(
                find(inventory, n.provider()).map(InventoriedProvider::providerId).orElse(n.provider()),
                n.eventType(), n.requirement(), n.key())).toList();
        return new DesignConstraints(c.peakPerSecond(), c.sustainedPerSecond(), c.latencyObjectiveMillis(),
                c.downstreamOutageToleranceSeconds(), c.missedDeliveryDetectionSeconds(), needs,
                c.dataClassification(), c.infrastructure());
    }

    private static Optional<InventoriedProvider> find(Inventory inventory, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return inventory.providers().stream().filter(p -> p.providerId().equals(wanted)
                || p.requestedName().strip().toLowerCase(Locale.ROOT).equals(wanted)
                || p.displayName().strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
