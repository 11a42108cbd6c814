package org.webhookorchestrator.core.remote;

import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualityResult;
import org.webhookorchestrator.core.contract.QualitySubject;

/** {@code core.quality} on another server, through its {@code quality_evaluate} tool. */
public final class RemoteQuality implements Quality, AutoCloseable {

    /** Evaluation reads the subject and changes nothing: retried. */
    static final RemoteOperation<QualityResult, QualityReport> EVALUATE = new RemoteOperation<>(
            "quality_evaluate", QualityResult.class, QualityReport.CONTRACT, true,
            QualityResult::report, QualityResult::answeredBy, QualityReport::contract);

    private final RemoteSkill remote;

    public RemoteQuality(RemoteSkill remote) {
        this.remote = remote;
    }

    @Override
    public DependencyInfo info() {
        return remote.info();
    }

    @Override
    public DependencyAnswer<QualityReport> evaluate(QualitySubject subject) {
        return remote.call(EVALUATE, subject);
    }

    public RemoteSkill remote() {
        return remote;
    }

    @Override
    public void close() {
        remote.close();
    }
}
