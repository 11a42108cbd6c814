package org.webhookorchestrator.core.orchestrator;

import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.core.contract.CompletedPhase;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.skill.api.Escalation;

/**
 * The order of the route: a phase may run once every phase before it is completed. Inventory may always be redone,
 * and so may any completed phase; redoing one drops the later ones (see {@link ProjectState#completing}).
 */
final class RouteRules {

    private RouteRules() {
    }

    /** The earliest phase before {@code requested} that is not completed, if any. */
    static Optional<Phase> missingBefore(ProjectState state, Phase requested) {
        return requested.ordinal() <= state.completed().size()
                ? Optional.empty()
                : Optional.of(Phase.ROUTE.get(state.completed().size()));
    }

    /** "handoff needs validate first: call webhook_validate with design-… before webhook_handoff". */
    static String orderMessage(ProjectState state, Phase requested, Phase missing) {
        return requested + " needs " + missing + " first: call " + missing.tool() + " with " + inputOf(state, missing)
                + " before " + requested.tool();
    }

    static Escalation orderRefusal(ProjectState state, Phase requested, Phase missing) {
        return new Escalation(orderMessage(state, requested, missing),
                requested + " was not recorded; the project " + state.project() + " stays at " + missing,
                List.of("call " + missing.tool() + " with " + inputOf(state, missing) + ", then " + requested.tool(),
                        "if " + missing + " was already performed, record its artifact with orchestrator_advance "
                                + "(phase " + missing + ")"),
                "call " + missing.tool() + " first: the phases run in the order " + Phase.ROUTE,
                List.of(new Escalation.Detail("missingPhase", missing.name()),
                        new Escalation.Detail("requestedPhase", requested.name())));
    }

    /** What a phase is performed on: the previous phase's artifact, or the brief for the first. */
    static String inputOf(ProjectState state, Phase phase) {
        if (phase.ordinal() == 0) {
            return phase.firstInput();
        }
        String previous = state.artifactOf(Phase.ROUTE.get(phase.ordinal() - 1));
        return previous != null ? previous : "the " + Phase.ROUTE.get(phase.ordinal() - 1) + " artifact";
    }

    static ProjectContext context(ProjectState state, boolean known) {
        Phase active = state.active();
        String next = active == null
                ? "handed off as " + state.artifactOf(Phase.handoff) + "; next step: "
                        + state.handoff().nextActions().get(0).action() + " (owner: "
                        + state.handoff().nextActions().get(0).ownerRole() + ")"
                : "call " + active.tool() + " with " + inputOf(state, active);
        var objective = state.objective();
        return new ProjectContext(ProjectContext.CONTRACT, state.project(), known,
                objective == null ? null : objective.objective(),
                objective == null ? List.of() : objective.successCriteria(),
                objective == null ? List.of() : objective.constraints(),
                Phase.ROUTE, active, List.<CompletedPhase>copyOf(state.completed()), next);
    }
}
