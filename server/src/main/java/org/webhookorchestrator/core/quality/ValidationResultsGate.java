package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * Every validation item passed. It blocks: a design whose own validation failed (an ack deadline past the provider's
 * timeout, a scheme nobody can verify) is not done, and handing it on anyway is a decision someone must own, which
 * is what the handoff's override records. Items that could not be observed are named in the summary but are not
 * failures.
 */
final class ValidationResultsGate implements Gate {

    @Override
    public String name() {
        return "validation-results-pass";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        int notObservable = 0;
        for (QualitySubject.ValidationItem item : subject.validationItems()) {
            if (item.status() == QualitySubject.ItemStatus.fail) {
                findings.add(new Finding("validationItems[" + item.id() + "]", "failed"
                        + (Gate.missing(item.observed()) ? "" : ": observed " + item.observed())
                        + (Gate.missing(item.threshold()) ? "" : " against " + item.threshold())));
            } else if (item.status() == QualitySubject.ItemStatus.not_observable) {
                notObservable++;
            }
        }
        String observability = notObservable == 0 ? "" : "; " + Gate.plural(notObservable, "item") + " not observable";
        return result(findings, "no validation item failed" + observability,
                Gate.plural(findings.size(), "validation item") + " failed" + observability);
    }
}
