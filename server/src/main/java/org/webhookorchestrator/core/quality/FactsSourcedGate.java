package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * "No invented facts": a fact stated as verified or secondary cites a source. A fact marked unverified passes, since
 * saying so is exactly what the skill card asks of uncertainty; a fact with no status at all does not.
 */
final class FactsSourcedGate implements Gate {

    @Override
    public String name() {
        return "facts-sourced";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        int unverified = 0;
        for (int i = 0; i < subject.facts().size(); i++) {
            QualitySubject.Fact fact = subject.facts().get(i);
            String at = "facts[" + i + "]";
            if (fact.status() == null) {
                findings.add(new Finding(at, "no status: neither sourced nor marked unverified"));
            } else if (fact.status() == QualitySubject.FactStatus.unverified) {
                unverified++;
            } else if (fact.sources().stream().allMatch(Gate::missing)) {
                findings.add(new Finding(at, "stated as " + fact.status() + " but cites no source"));
            }
        }
        return result(findings, Gate.plural(subject.facts().size(), "fact") + ": every one sourced or marked "
                + "unverified (" + unverified + " unverified)", "a fact is stated without a source");
    }
}
