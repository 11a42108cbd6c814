package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The evaluation of a subject (contract {@code quality-report.v1}): every gate with its evidence, and whether the
 * blocking ones all passed. It holds no time, so the same subject always gives the same report.
 */
@JsonClassDescription("Definition of Done evaluation, contract quality-report.v1.")
public record QualityReport(
        @JsonPropertyDescription("Always quality-report.v1.") @NotNull String contract,
        @NotNull String subjectId,
        @JsonPropertyDescription("SHA-256 of the subject's canonical JSON, hex.") @NotNull String subjectDigest,
        @JsonPropertyDescription("The gate set applied, e.g. definition-of-done.v1.") @NotNull String gateSet,
        @JsonPropertyDescription("True when every blocking gate passed.") boolean passed,
        @JsonPropertyDescription("Names of the blocking gates that failed.") List<String> blockingFailures,
        List<GateResult> gates) {

    public static final String CONTRACT = "quality-report.v1";

    public QualityReport {
        blockingFailures = List.copyOf(blockingFailures);
        gates = List.copyOf(gates);
    }
}
