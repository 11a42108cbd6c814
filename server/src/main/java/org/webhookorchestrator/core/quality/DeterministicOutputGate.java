package org.webhookorchestrator.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.GateResult.Finding;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * "Output is deterministic": the subject consists of content-addressed artifacts (the same input gives the same id),
 * and a replay, where one was tried, gave the same bytes.
 */
final class DeterministicOutputGate implements Gate {

    @Override
    public String name() {
        return "deterministic-output";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public GateResult evaluate(QualitySubject subject) {
        List<Finding> findings = new ArrayList<>();
        QualitySubject.Determinism d = subject.deterministic();
        if (d == null || d.artifactIds().isEmpty()) {
            findings.add(new Finding("deterministic.artifactIds",
                    "no artifact is named, so nothing shows the output can be reproduced"));
        } else {
            for (int i = 0; i < d.artifactIds().size(); i++) {
                if (!ArtifactId.isValid(d.artifactIds().get(i))) {
                    findings.add(new Finding("deterministic.artifactIds[" + i + "]",
                            "'" + d.artifactIds().get(i) + "' is not a content address"));
                }
            }
            if (Boolean.FALSE.equals(d.sameBytesOnReplay())) {
                findings.add(new Finding("deterministic.sameBytesOnReplay",
                        "a replay of the same inputs gave different bytes"));
            }
        }
        int n = d == null ? 0 : d.artifactIds().size();
        String replay = d == null || d.sameBytesOnReplay() == null ? "replay not tried" : "replay gave the same bytes";
        return result(findings, Gate.plural(n, "content-addressed artifact") + "; " + replay,
                "the output is not shown to be reproducible");
    }
}
