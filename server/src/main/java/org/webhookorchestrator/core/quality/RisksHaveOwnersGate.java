package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/** "Every risk has an escalation owner": the trigger that escalates it and the role that answers. */
final class RisksHaveOwnersGate implements Gate {

    @Override
    public String name() {
        return "risks-have-owners";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        for (QualitySubject.Risk risk : subject.risks()) {
            String at = "risks[" + risk.id() + "]";
            if (Gate.missing(risk.ownerRole())) {
                findings.add(new Finding(at, "no owner role: nobody answers when it escalates"));
            }
            if (Gate.missing(risk.escalationTrigger())) {
                findings.add(new Finding(at, "no escalation trigger: nothing says when to escalate"));
            }
        }
        return result(findings, Gate.plural(subject.risks().size(), "risk")
                        + ", each with an escalation trigger and an owner role",
                "a risk has no escalation trigger or owner");
    }
}
