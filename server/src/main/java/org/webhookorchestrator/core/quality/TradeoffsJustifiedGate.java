package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/** "Trade-offs are explicit and justified": each names the choice, at least one alternative, and why. */
final class TradeoffsJustifiedGate implements Gate {

    @Override
    public String name() {
        return "tradeoffs-justified";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        if (subject.tradeoffs().isEmpty()) {
            findings.add(new Finding("tradeoffs", "no trade-off is stated; every design chooses between options"));
        }
        for (int i = 0; i < subject.tradeoffs().size(); i++) {
            QualitySubject.Tradeoff t = subject.tradeoffs().get(i);
            String at = "tradeoffs[" + i + "]";
            if (Gate.missing(t.decision())) {
                findings.add(new Finding(at, "the decision is missing"));
            }
            if (t.alternatives().stream().allMatch(Gate::missing)) {
                findings.add(new Finding(at, "no alternative is named, so nothing was traded off"));
            }
            if (Gate.missing(t.justification())) {
                findings.add(new Finding(at, "the justification is missing"));
            }
        }
        return result(findings, Gate.plural(subject.tradeoffs().size(), "trade-off")
                        + ", each with alternatives and a justification",
                "a trade-off is missing or not justified");
    }
}
