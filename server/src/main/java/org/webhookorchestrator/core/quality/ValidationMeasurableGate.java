package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * "Validation steps are concrete and measurable": each item says what is checked, what is measured, the threshold
 * that decides and how it is measured, and has a result (pass, fail or not-observable).
 */
final class ValidationMeasurableGate implements Gate {

    @Override
    public String name() {
        return "validation-measurable";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        if (subject.validationItems().isEmpty()) {
            findings.add(new Finding("validationItems", "no validation item is listed"));
        }
        for (QualitySubject.ValidationItem item : subject.validationItems()) {
            List<String> absent = new ArrayList<>();
            if (Gate.missing(item.criterion())) {
                absent.add("criterion");
            }
            if (Gate.missing(item.metric())) {
                absent.add("metric");
            }
            if (Gate.missing(item.threshold())) {
                absent.add("threshold");
            }
            if (Gate.missing(item.method())) {
                absent.add("method");
            }
            if (item.status() == null) {
                absent.add("status");
            }
            if (!absent.isEmpty()) {
                findings.add(new Finding("validationItems[" + item.id() + "]",
                        "not measurable: " + String.join(", ", absent) + " missing"));
            }
        }
        return result(findings, Gate.plural(subject.validationItems().size(), "validation item")
                        + ", each with criterion, metric, threshold, method and status",
                "a validation item is not measurable");
    }
}
