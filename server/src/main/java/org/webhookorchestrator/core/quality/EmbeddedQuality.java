package org.webhookorchestrator.core.quality;

import java.util.List;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualitySubject;

/** The {@code core.quality} that runs in this process: every gate of the Definition of Done, in order. */
public final class EmbeddedQuality implements Quality {

    private final DependencyInfo info;

    public EmbeddedQuality(String version) {
        this.info = DependencyInfo.embedded(DependencyInfo.QUALITY, version);
    }

    @Override
    public DependencyInfo info() {
        return info;
    }

    @Override
    public DependencyAnswer<QualityReport> evaluate(QualitySubject subject) {
        return DependencyAnswer.answered(report(subject), info);
    }

    /** The report alone, for callers that need no answer envelope. */
    public static QualityReport report(QualitySubject subject) {
        List<GateResult> gates = DefinitionOfDone.GATES.stream().map(g -> g.evaluate(subject)).toList();
        List<String> blocking = gates.stream().filter(g -> g.blocking() && !g.passed()).map(GateResult::name).toList();
        return new QualityReport(QualityReport.CONTRACT, subject.subjectId(),
                ArtifactId.sha256Hex(CanonicalJson.bytes(subject)), DefinitionOfDone.GATE_SET, blocking.isEmpty(),
                blocking, gates);
    }
}
