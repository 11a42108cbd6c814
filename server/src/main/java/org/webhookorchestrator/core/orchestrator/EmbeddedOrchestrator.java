package org.webhookorchestrator.core.orchestrator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.SecretGuard;

/**
 * The {@code core.orchestrator} that runs in this process. Each project's state is a file in the data directory, so a
 * restart keeps every project's phase. Calls are serialized: they are few (one per tool call of the skill) and each
 * is a read and a small write, so one lock costs nothing and rules out two advances of one project interleaving.
 */
public final class EmbeddedOrchestrator implements Orchestrator {

    /** Where the project files live, relative to the data directory. */
    public static final String STATE_FOLDER = "orchestrator";

    private final DependencyInfo info;
    private final ProjectStateStore store;

    public EmbeddedOrchestrator(Path dataDir, String version, SecretGuard secrets) {
        this.info = DependencyInfo.embedded(DependencyInfo.ORCHESTRATOR, version);
        this.store = new ProjectStateStore(dataDir.resolve(STATE_FOLDER), secrets);
    }

    @Override
    public DependencyInfo info() {
        return info;
    }

    @Override
    public synchronized DependencyAnswer<ProjectContext> context(String project) {
        Optional<ProjectState> state = store.load(project);
        return DependencyAnswer.answered(
                RouteRules.context(state.orElseGet(() -> ProjectState.fresh(project)), state.isPresent()), info);
    }

    @Override
    public synchronized DependencyAnswer<AdvanceDecision> advance(PhaseAdvance request) {
        Optional<ProjectState> loaded = store.load(request.project());
        ProjectState state = loaded.orElseGet(() -> ProjectState.fresh(request.project()));
        Optional<Phase> missing = RouteRules.missingBefore(state, request.phase());
        if (missing.isPresent()) {
            return DependencyAnswer.answered(refused(request, state, loaded.isPresent(), missing.get(),
                    RouteRules.orderRefusal(state, request.phase(), missing.get())), info);
        }
        if (request.phase() == Phase.handoff) {
            String message = "a handoff is recorded by the intake of its packet: call orchestrator_intake with the "
                    + "packet, not orchestrator_advance";
            return DependencyAnswer.answered(refused(request, state, loaded.isPresent(), null, new Escalation(message,
                    "the handoff was not recorded", List.of("submit the handoff packet with orchestrator_intake"),
                    "submit the packet with orchestrator_intake", List.of())), info);
        }
        ProjectState next = state.completing(request.phase(), request.artifactId());
        if (request.objective() != null) {
            next = next.withObjective(ObjectiveNormalizer.normalize(request.objective()));
        }
        boolean reset = state.completed().size() > next.completed().size();
        store.save(next);
        String message = request.phase() + " recorded as " + request.artifactId()
                + (reset ? "; later phases were reset and must be redone" : "");
        return DependencyAnswer.answered(new AdvanceDecision(AdvanceDecision.CONTRACT, true, request.project(),
                request.phase(), request.artifactId(), null, message, null, RouteRules.context(next, true)), info);
    }

    @Override
    public synchronized DependencyAnswer<IntakeReceipt> intake(HandoffIntake packet) {
        Optional<ProjectState> loaded = store.load(packet.project());
        ProjectState state = loaded.orElseGet(() -> ProjectState.fresh(packet.project()));
        Optional<Phase> missing = RouteRules.missingBefore(state, Phase.handoff);
        if (missing.isPresent()) {
            Escalation refusal = RouteRules.orderRefusal(state, Phase.handoff, missing.get());
            return DependencyAnswer.answered(refusedIntake(packet, state, loaded.isPresent(), missing.get(), refusal),
                    info);
        }
        String current = state.artifactOf(Phase.validate);
        if (!current.equals(packet.validationArtifactId())) {
            String message = "the packet rests on " + packet.validationArtifactId() + " but the project's current "
                    + "validation is " + current + ": build the handoff again from " + current;
            return DependencyAnswer.answered(refusedIntake(packet, state, true, null, new Escalation(message,
                    "the packet was not taken in; a handoff must rest on the project's current validation",
                    List.of("call webhook_handoff with " + current), "call webhook_handoff with " + current,
                    List.of(new Escalation.Detail("validationArtifactId", "current is " + current)))), info);
        }
        // The packet id is the idempotency key: the same packet again finds itself already recorded.
        ProjectState next = packet.packetId().equals(state.artifactOf(Phase.handoff)) && packet.equals(state.handoff())
                ? state
                : state.completing(Phase.handoff, packet.packetId()).withHandoff(packet);
        if (next != state) {
            store.save(next);
        }
        HandoffIntake.OwnedAction first = packet.nextActions().get(0);
        return DependencyAnswer.answered(new IntakeReceipt(IntakeReceipt.CONTRACT, true, packet.project(),
                packet.packetId(), first.ownerRole(), first.action(), packet.nextSkill(), null,
                packet.packetId() + " taken in for " + packet.project() + "; next step: " + first.action()
                        + " (owner: " + first.ownerRole() + ")",
                null, RouteRules.context(next, true)), info);
    }

    private static AdvanceDecision refused(PhaseAdvance request, ProjectState state, boolean known, Phase missing,
                                           Escalation refusal) {
        return new AdvanceDecision(AdvanceDecision.CONTRACT, false, request.project(), request.phase(),
                request.artifactId(), missing, refusal.blocker(), refusal,
                RouteRules.context(state, known));
    }

    private static IntakeReceipt refusedIntake(HandoffIntake packet, ProjectState state, boolean known,
                                               Phase missing, Escalation refusal) {
        return new IntakeReceipt(IntakeReceipt.CONTRACT, false, packet.project(), packet.packetId(), null, null,
                packet.nextSkill(), missing, refusal.blocker(), refusal,
                RouteRules.context(state, known));
    }
}
