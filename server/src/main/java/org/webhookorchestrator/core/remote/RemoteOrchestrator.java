package org.webhookorchestrator.core.remote;

import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.AdvanceResult;
import org.webhookorchestrator.core.contract.ContextRequest;
import org.webhookorchestrator.core.contract.ContextResult;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.IntakeResult;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.ProjectContext;

/** {@code core.orchestrator} on another server, through its {@code orchestrator_*} tools. */
public final class RemoteOrchestrator implements Orchestrator, AutoCloseable {

    /** A read: retried. */
    static final RemoteOperation<ContextResult, ProjectContext> CONTEXT = new RemoteOperation<>(
            "orchestrator_context", ContextResult.class, ProjectContext.CONTRACT, true,
            ContextResult::context, ContextResult::answeredBy, ProjectContext::contract);

    /**
     * Not retried: if its answer was lost, another caller may have moved the project meanwhile, and a resent advance
     * would then record a phase on top of a route it was not derived from. The caller reads the context instead.
     */
    static final RemoteOperation<AdvanceResult, AdvanceDecision> ADVANCE = new RemoteOperation<>(
            "orchestrator_advance", AdvanceResult.class, AdvanceDecision.CONTRACT, false,
            AdvanceResult::decision, AdvanceResult::answeredBy, AdvanceDecision::contract);

    /**
     * Retried: the packet id is its content address and the intake's idempotency key, and intake refuses a packet
     * that does not rest on the project's current validation, so a resent packet is taken in once or refused.
     */
    static final RemoteOperation<IntakeResult, IntakeReceipt> INTAKE = new RemoteOperation<>(
            "orchestrator_intake", IntakeResult.class, IntakeReceipt.CONTRACT, true,
            IntakeResult::receipt, IntakeResult::answeredBy, IntakeReceipt::contract);

    private final RemoteSkill remote;

    public RemoteOrchestrator(RemoteSkill remote) {
        this.remote = remote;
    }

    @Override
    public DependencyInfo info() {
        return remote.info();
    }

    @Override
    public DependencyAnswer<ProjectContext> context(String project) {
        return remote.call(CONTEXT, new ContextRequest(project));
    }

    @Override
    public DependencyAnswer<AdvanceDecision> advance(PhaseAdvance request) {
        return remote.call(ADVANCE, request);
    }

    @Override
    public DependencyAnswer<IntakeReceipt> intake(HandoffIntake packet) {
        return remote.call(INTAKE, packet);
    }

    public RemoteSkill remote() {
        return remote;
    }

    @Override
    public void close() {
        remote.close();
    }
}
