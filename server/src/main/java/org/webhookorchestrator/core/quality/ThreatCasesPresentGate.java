package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/** "Abuse and threat cases are first-class acceptance criteria": present, each with the criterion that proves it. */
final class ThreatCasesPresentGate implements Gate {

    @Override
    public String name() {
        return "threat-cases-present";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        if (subject.threats().isEmpty()) {
            findings.add(new Finding("threats", "no threat or abuse case is listed"));
        }
        for (QualitySubject.Threat threat : subject.threats()) {
            String at = "threats[" + threat.id() + "]";
            if (Gate.missing(threat.scenario())) {
                findings.add(new Finding(at, "the case itself is not described"));
            }
            if (Gate.missing(threat.acceptanceCriterion())) {
                findings.add(new Finding(at, "no acceptance criterion shows it is handled"));
            }
        }
        return result(findings, Gate.plural(subject.threats().size(), "threat case")
                + ", each with an acceptance criterion", "a threat case is missing or untestable");
    }
}
