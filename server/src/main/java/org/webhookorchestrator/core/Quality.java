package org.webhookorchestrator.core;

import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualitySubject;

/**
 * The {@code core.quality} dependency: evaluates a subject against the Definition of Done, gate by gate. A failing
 * gate is an answer ({@link QualityReport#passed()} false); {@link DependencyAnswer.Unavailable} means no evaluation
 * took place, and a caller must then treat every gate as not passed.
 */
public interface Quality {

    DependencyInfo info();

    DependencyAnswer<QualityReport> evaluate(QualitySubject subject);
}
