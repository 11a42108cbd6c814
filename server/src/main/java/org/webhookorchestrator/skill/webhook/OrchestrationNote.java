package org.webhookorchestrator.skill.webhook;

/** How a result and its audit entry say which orchestrator answered, or what was assumed without one. */
final class OrchestrationNote {

    private OrchestrationNote() {
    }

    static String of(Orchestration o) {
        return o.recorded() ? "; phase recorded by " + o.answeredBy().describe()
                : "; " + String.join("; ", o.assumptions());
    }

    static String markdown(Orchestration o) {
        return o.recorded() ? "\n_Phase recorded by " + o.answeredBy().describe() + "._\n"
                : "\n**Assumption:** " + String.join(" ", o.assumptions()) + "\n";
    }
}
