package org.webhookorchestrator.skill.webhook;

import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyFailure;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.ProjectContext;

/** An orchestrator that never answers, for tool tests about what happens without one. */
enum UnreachableOrchestrator implements Orchestrator {
    INSTANCE;

    private static final DependencyInfo INFO = DependencyInfo.embedded(DependencyInfo.ORCHESTRATOR, "test");

    @Override
    public DependencyInfo info() {
        return INFO;
    }

    @Override
    public DependencyAnswer<ProjectContext> context(String project) {
        return new DependencyAnswer.Unavailable<>(DependencyFailure.unreachable, "not started in this test", INFO);
    }

    @Override
    public DependencyAnswer<AdvanceDecision> advance(PhaseAdvance request) {
        return new DependencyAnswer.Unavailable<>(DependencyFailure.unreachable, "not started in this test", INFO);
    }

    @Override
    public DependencyAnswer<IntakeReceipt> intake(HandoffIntake packet) {
        return new DependencyAnswer.Unavailable<>(DependencyFailure.unreachable, "not started in this test", INFO);
    }
}
