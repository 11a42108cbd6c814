package org.webhookorchestrator.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.Subjects;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.NextAction;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualitySubject;
import org.webhookorchestrator.core.contract.QualitySubject.Fact;
import org.webhookorchestrator.core.contract.QualitySubject.FactStatus;
import org.webhookorchestrator.core.contract.QualitySubject.ItemStatus;
import org.webhookorchestrator.core.contract.QualitySubject.Threat;
import org.webhookorchestrator.core.contract.QualitySubject.Tradeoff;
import org.webhookorchestrator.core.contract.QualitySubject.ValidationItem;

/** The Definition of Done gate by gate: what passes, what fails which gate, and the evidence it names. */
class DefinitionOfDoneTest {

    @Test
    void aCompleteSubjectPassesEveryGate() {
        QualityReport report = EmbeddedQuality.report(Subjects.complete());

        assertThat(report.passed()).isTrue();
        assertThat(report.gates()).allSatisfy(g -> assertThat(g.passed()).as(g.name() + ": " + g.evidence()).isTrue());
        assertThat(report.gates()).extracting(GateResult::name).containsExactly("deterministic-output",
                "tradeoffs-justified", "validation-measurable", "risks-have-mitigation", "risks-have-owners",
                "threat-cases-present", "facts-sourced", "next-actions-owned", "validation-results-pass");
    }

    @Test
    void aRiskWithoutAnOwnerFailsRisksHaveOwnersAndFixingItPasses() {
        QualitySubject broken = Subjects.withRisks(Subjects.complete(), List.of(Subjects.riskWithOwner(" ")));

        QualityReport failing = EmbeddedQuality.report(broken);
        QualityReport fixed = EmbeddedQuality.report(
                Subjects.withRisks(broken, List.of(Subjects.riskWithOwner("billing-oncall"))));

        assertThat(failing.passed()).isFalse();
        assertThat(failing.blockingFailures()).containsExactly("risks-have-owners");
        assertThat(gate(failing, "risks-have-owners").evidence()).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("risks[R1]");
            assertThat(f.problem()).contains("no owner role");
        });
        assertThat(fixed.passed()).isTrue();
        assertThat(fixed.blockingFailures()).isEmpty();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("deterministic-output", "deterministic.sameBytesOnReplay", (UnaryOperator<QualitySubject>)
                        s -> with(s, new QualitySubject.Determinism(s.deterministic().artifactIds(), false))),
                Arguments.of("deterministic-output", "deterministic.artifactIds", (UnaryOperator<QualitySubject>)
                        s -> with(s, new QualitySubject.Determinism(List.of(), null))),
                Arguments.of("tradeoffs-justified", "tradeoffs[0]", (UnaryOperator<QualitySubject>)
                        s -> withTradeoffs(s, List.of(new Tradeoff("inbox", List.of(), "fast")))),
                Arguments.of("validation-measurable", "validationItems[V9]", (UnaryOperator<QualitySubject>)
                        s -> withItems(s, List.of(new ValidationItem("V9", "it works", null, null, null, null,
                                ItemStatus.pass)))),
                Arguments.of("risks-have-mitigation", "risks[R1]", (UnaryOperator<QualitySubject>)
                        s -> Subjects.withRisks(s, List.of(new QualitySubject.Risk("R1", "loss", "", "t", "o")))),
                Arguments.of("risks-have-mitigation", "risks", (UnaryOperator<QualitySubject>)
                        s -> Subjects.withRisks(s, List.of())),
                Arguments.of("risks-have-owners", "risks[R1]", (UnaryOperator<QualitySubject>)
                        s -> Subjects.withRisks(s, List.of(new QualitySubject.Risk("R1", "loss", "m", null, "o")))),
                Arguments.of("threat-cases-present", "threats", (UnaryOperator<QualitySubject>)
                        s -> withThreats(s, List.of())),
                Arguments.of("threat-cases-present", "threats[T2]", (UnaryOperator<QualitySubject>)
                        s -> withThreats(s, List.of(new Threat("T2", "flood of deliveries", null)))),
                Arguments.of("facts-sourced", "facts[0]", (UnaryOperator<QualitySubject>)
                        s -> withFacts(s, List.of(new Fact("GitHub retries", FactStatus.verified, List.of())))),
                Arguments.of("next-actions-owned", "nextActions[0]", (UnaryOperator<QualitySubject>)
                        s -> withActions(s, List.of(new NextAction("deploy", null)))),
                Arguments.of("next-actions-owned", "dependencies[billing-db]", (UnaryOperator<QualitySubject>)
                        s -> withDependencies(s, List.of(new QualitySubject.DependencyOwner("billing-db", "")))));
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("breakages")
    void breakingOneRuleFailsExactlyItsGateNamingTheItem(String gate, String item,
                                                         UnaryOperator<QualitySubject> breaking) {
        QualityReport report = EmbeddedQuality.report(breaking.apply(Subjects.complete()));

        assertThat(report.blockingFailures()).containsExactly(gate);
        assertThat(gate(report, gate).blocking()).isTrue();
        assertThat(gate(report, gate).evidence()).extracting(GateResult.Finding::item).contains(item);
    }

    @Test
    void aFailedValidationItemBlocks() {
        QualitySubject s = withItems(Subjects.complete(), List.of(new ValidationItem("V1", "tampered body refused",
                "HTTP status", "401 or 403", "grader", "200", ItemStatus.fail)));

        QualityReport report = EmbeddedQuality.report(s);

        assertThat(report.passed()).isFalse();
        GateResult gate = gate(report, "validation-results-pass");
        assertThat(gate.passed()).isFalse();
        assertThat(gate.blocking()).isTrue();
        assertThat(gate.evidence()).singleElement().satisfies(f -> assertThat(f.problem())
                .contains("observed 200").contains("401 or 403"));
    }

    @Test
    void theSameSubjectGivesTheSameReportBytes() {
        assertThat(CanonicalJson.string(EmbeddedQuality.report(Subjects.complete())))
                .isEqualTo(CanonicalJson.string(EmbeddedQuality.report(Subjects.complete())));
    }

    private static GateResult gate(QualityReport report, String name) {
        return report.gates().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static QualitySubject with(QualitySubject s, QualitySubject.Determinism d) {
        return new QualitySubject(s.subjectId(), s.kind(), d, s.tradeoffs(), s.validationItems(), s.risks(),
                s.threats(), s.facts(), s.dependencies(), s.nextActions());
    }

    private static QualitySubject withTradeoffs(QualitySubject s, List<Tradeoff> t) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), t, s.validationItems(), s.risks(),
                s.threats(), s.facts(), s.dependencies(), s.nextActions());
    }

    private static QualitySubject withItems(QualitySubject s, List<ValidationItem> items) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), items, s.risks(),
                s.threats(), s.facts(), s.dependencies(), s.nextActions());
    }

    private static QualitySubject withThreats(QualitySubject s, List<Threat> threats) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), s.validationItems(),
                s.risks(), threats, s.facts(), s.dependencies(), s.nextActions());
    }

    private static QualitySubject withFacts(QualitySubject s, List<Fact> facts) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), s.validationItems(),
                s.risks(), s.threats(), facts, s.dependencies(), s.nextActions());
    }

    private static QualitySubject withActions(QualitySubject s, List<NextAction> actions) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), s.validationItems(),
                s.risks(), s.threats(), s.facts(), s.dependencies(), actions);
    }

    private static QualitySubject withDependencies(QualitySubject s, List<QualitySubject.DependencyOwner> deps) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), s.validationItems(),
                s.risks(), s.threats(), s.facts(), deps, s.nextActions());
    }
}
