package org.webhookorchestrator.webhook.design;

import java.util.List;
import java.util.Objects;

/** One step of the execution plan, in order, with its owner role, what it waits for and when it is done. */
public record PlanStep(int order, String id, String action, String owner, List<String> dependsOn, String doneWhen) {

    public PlanStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(doneWhen, "doneWhen");
        dependsOn = List.copyOf(dependsOn);
    }
}
