package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * "Handoff dependencies and next actions are clear": at least one next action, and an owner for each of them and for
 * each dependency.
 */
final class NextActionsOwnedGate implements Gate {

    @Override
    public String name() {
        return "next-actions-owned";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        if (subject.nextActions().isEmpty()) {
            findings.add(new Finding("nextActions", "no next action: the next owner would not know what to do"));
        }
        for (int i = 0; i < subject.nextActions().size(); i++) {
            var action = subject.nextActions().get(i);
            if (Gate.missing(action.action())) {
                findings.add(new Finding("nextActions[" + i + "]", "the action is not described"));
            }
            if (Gate.missing(action.ownerRole())) {
                findings.add(new Finding("nextActions[" + i + "]", "no owner role"));
            }
        }
        for (int i = 0; i < subject.dependencies().size(); i++) {
            var dependency = subject.dependencies().get(i);
            String at = "dependencies[" + (Gate.missing(dependency.name()) ? String.valueOf(i) : dependency.name())
                    + "]";
            if (Gate.missing(dependency.name())) {
                findings.add(new Finding(at, "the dependency is not named"));
            }
            if (Gate.missing(dependency.ownerRole())) {
                findings.add(new Finding(at, "no owner role"));
            }
        }
        int dependencies = subject.dependencies().size();
        return result(findings, Gate.plural(subject.nextActions().size(), "next action") + " and " + dependencies
                        + (dependencies == 1 ? " dependency" : " dependencies") + ", each with an owner role",
                "a next action or dependency has no owner");
    }
}
