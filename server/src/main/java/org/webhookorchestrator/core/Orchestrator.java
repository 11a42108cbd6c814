package org.webhookorchestrator.core;

import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.ProjectContext;

/**
 * The {@code core.orchestrator} dependency: keeps each project's context and phase, refuses steps out of order, and
 * takes in handoff packets. A refusal is an answer ({@link AdvanceDecision#accepted()} false), not a failure; a
 * failure to answer at all is {@link DependencyAnswer.Unavailable}.
 */
public interface Orchestrator {

    /** Who answers: embedded or remote, and its version as last known. */
    DependencyInfo info();

    /** The project's context; a project never seen before has an empty context whose active phase is inventory. */
    DependencyAnswer<ProjectContext> context(String project);

    /** Records that a phase produced an artifact, or refuses, naming the step that must come first. */
    DependencyAnswer<AdvanceDecision> advance(PhaseAdvance request);

    /** Takes in a handoff packet (its id is its idempotency key) and says who owns the next step. */
    DependencyAnswer<IntakeReceipt> intake(HandoffIntake packet);
}
