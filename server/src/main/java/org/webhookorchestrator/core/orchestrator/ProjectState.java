package org.webhookorchestrator.core.orchestrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.webhookorchestrator.core.contract.CompletedPhase;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.ObjectiveSnapshot;
import org.webhookorchestrator.core.contract.Phase;

/**
 * What the embedded orchestrator keeps of one project, as stored in its file. {@code completed} is always a prefix of
 * the route: going back to a phase drops every later one, so there is never a validation of a design that is no
 * longer the project's design.
 *
 * @param format the file format, so that a later version can read an older file or refuse it by name
 * @param objective the normalized objective, or null until an inventory stated it
 * @param handoff the packet taken in, or null until one was
 */
record ProjectState(int format, String project, ObjectiveSnapshot objective, List<CompletedPhase> completed,
                    HandoffIntake handoff) {

    static final int FORMAT = 1;

    ProjectState {
        Objects.requireNonNull(project, "project");
        completed = completed == null ? List.of() : List.copyOf(completed);
        for (int i = 0; i < completed.size(); i++) {
            if (completed.get(i).phase() != Phase.ROUTE.get(i)) {
                throw new IllegalArgumentException("completed phases must follow the route, found "
                        + completed.get(i).phase() + " at position " + i);
            }
        }
    }

    static ProjectState fresh(String project) {
        return new ProjectState(FORMAT, project, null, List.of(), null);
    }

    /** The artifact the phase produced, or null if it is not completed. */
    String artifactOf(Phase phase) {
        int i = phase.ordinal();
        return i < completed.size() ? completed.get(i).artifactId() : null;
    }

    /** The first phase not yet completed, or null when all are. */
    Phase active() {
        return completed.size() < Phase.ROUTE.size() ? Phase.ROUTE.get(completed.size()) : null;
    }

    /**
     * The state after {@code phase} produced {@code artifactId}. The same artifact again changes nothing (so a repeated
     * call is harmless); a different one replaces the phase and drops every later phase, which must be redone.
     */
    ProjectState completing(Phase phase, String artifactId) {
        if (artifactId.equals(artifactOf(phase))) {
            return this;
        }
        List<CompletedPhase> kept = new ArrayList<>(completed.subList(0, phase.ordinal()));
        kept.add(new CompletedPhase(phase, artifactId));
        return new ProjectState(format, project, objective, kept, phase == Phase.handoff ? handoff : null);
    }

    ProjectState withObjective(ObjectiveSnapshot snapshot) {
        return new ProjectState(format, project, snapshot, completed, handoff);
    }

    ProjectState withHandoff(HandoffIntake packet) {
        return new ProjectState(format, project, objective, completed, packet);
    }
}
