package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/** "Every risk has a mitigation": and a register with no risk at all is taken as one not yet written. */
final class RisksHaveMitigationGate implements Gate {

    @Override
    public String name() {
        return "risks-have-mitigation";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        if (subject.risks().isEmpty()) {
            findings.add(new Finding("risks", "the risk register is empty"));
        }
        for (QualitySubject.Risk risk : subject.risks()) {
            if (Gate.missing(risk.mitigation())) {
                findings.add(new Finding("risks[" + risk.id() + "]", "no mitigation"));
            }
        }
        return result(findings, Gate.plural(subject.risks().size(), "risk") + ", each with a mitigation",
                "a risk has no mitigation");
    }
}
