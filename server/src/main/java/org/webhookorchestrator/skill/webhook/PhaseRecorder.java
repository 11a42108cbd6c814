package org.webhookorchestrator.skill.webhook;

import java.util.List;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.ObjectiveSnapshot;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.skill.api.EscalationException;

/**
 * Tells {@code core.orchestrator} that a phase produced its artifact, before the decision is recorded. A step out of
 * order is refused with the orchestrator's escalation (what must come first); an orchestrator that cannot be reached
 * does not stop the work, which goes on from its inputs with that stated among the result's assumptions.
 */
final class PhaseRecorder {

    private final Orchestrator orchestrator;

    PhaseRecorder(Orchestrator orchestrator) {
        this.orchestrator = orchestrator;
    }

    /** @throws EscalationException when the orchestrator refuses the step as out of order */
    Orchestration advance(String project, Phase phase, String artifactId, ObjectiveSnapshot objective) {
        DependencyAnswer<AdvanceDecision> answer = orchestrator.advance(
                new PhaseAdvance(project, phase, artifactId, objective));
        if (answer instanceof DependencyAnswer.Answered<AdvanceDecision> answered) {
            AdvanceDecision decision = answered.value();
            if (!decision.accepted()) {
                throw new EscalationException(decision.refusal(), null);
            }
            return new Orchestration(answered.dependency(), true, List.of());
        }
        var unavailable = (DependencyAnswer.Unavailable<AdvanceDecision>) answer;
        return new Orchestration(unavailable.dependency(), false, List.of(unavailable.assumption()));
    }
}
