package org.webhookorchestrator.core.quality;

import java.util.List;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/** One named gate of the Definition of Done. A gate only reads the subject: the same subject, the same result. */
interface Gate {

    /** The gate's name as reports and escalations show it, kebab-case. */
    String name();

    /** Whether failing it blocks a handoff. */
    boolean blocking();

    GateResult evaluate(QualitySubject subject);

    /** The result for these findings: passed when there are none. */
    default GateResult result(List<Finding> findings, String passedSummary, String failedSummary) {
        return new GateResult(name(), findings.isEmpty(), blocking(),
                findings.isEmpty() ? passedSummary : failedSummary, findings);
    }

    static boolean missing(String text) {
        return text == null || text.isBlank();
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
