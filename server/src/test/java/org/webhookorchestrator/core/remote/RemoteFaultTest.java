package org.webhookorchestrator.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyFailure;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Subjects;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.contract.QualityResult;
import org.webhookorchestrator.core.quality.EmbeddedQuality;
import org.webhookorchestrator.core.remote.FakeRemote.Mode;
import org.webhookorchestrator.host.tool.SchemaFactory;

/**
 * A remote dependency that is down, slow, failing, or answering garbage gives its designed outcome within a bounded
 * time; retries only for idempotent calls; the circuit opens after repeated failures and recovers after its wait.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RemoteFaultTest {

    /** Small limits so that every fault resolves in well under a second or two. */
    static final RemotePolicy FAST = new RemotePolicy(Duration.ofMillis(500), Duration.ofMillis(500), 3,
            Duration.ofMillis(50), 2.0, 0.5, 4, 4, 50f, Duration.ofSeconds(1), 1);

    private FakeRemote fake;
    private RemoteSkill skill;

    @AfterEach
    void stop() {
        if (skill != null) {
            skill.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void aHealthyRemoteAnswersAndSaysItIsRemoteWithItsVersion() throws IOException {
        RemoteQuality quality = quality(Mode.HEALTHY);

        DependencyAnswer<QualityReport> answer = quality.evaluate(Subjects.complete());

        assertThat(answer).isInstanceOf(DependencyAnswer.Answered.class);
        assertThat(((DependencyAnswer.Answered<QualityReport>) answer).value().passed()).isTrue();
        assertThat(answer.dependency()).isEqualTo(new DependencyInfo("core.quality", DependencyInfo.Binding.remote,
                "9.9.9", fake.url().toString()));
    }

    @Test
    void theTokenTravelsAsABearerHeader() throws IOException {
        fake = FakeRemote.start(Mode.HEALTHY);
        fake.answerWith(RemoteFaultTest::healthyQualityAnswer);
        skill = new RemoteSkill("core.quality", new RemoteEndpoint(fake.url(),
                new BearerToken("env:QUALITY_TOKEN", "tok-1234567890")), FAST, "test", RemoteFaultTest::schema);

        new RemoteQuality(skill).evaluate(Subjects.complete());

        assertThat(fake.authorizations()).isNotEmpty().allMatch("Bearer tok-1234567890"::equals);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(Mode.SLOW, DependencyFailure.timeout, 3, Duration.ofSeconds(3)),
                Arguments.of(Mode.SERVER_ERROR, DependencyFailure.server_error, 3, Duration.ofSeconds(2)),
                Arguments.of(Mode.MALFORMED, DependencyFailure.malformed_answer, 1, Duration.ofSeconds(2)),
                Arguments.of(Mode.SCHEMA_VIOLATING, DependencyFailure.contract_violation, 1, Duration.ofSeconds(2)));
    }

    @ParameterizedTest(name = "{0} gives {1} after {2} call(s) within {3}")
    @MethodSource("faults")
    void eachFaultGivesItsOutcomeWithinItsBound(Mode mode, DependencyFailure expected, int calls, Duration bound)
            throws IOException {
        RemoteQuality quality = quality(mode);

        long start = System.nanoTime();
        DependencyAnswer<QualityReport> answer = quality.evaluate(Subjects.complete());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).isInstanceOfSatisfying(DependencyAnswer.Unavailable.class,
                u -> assertThat(u.failure()).as(u.reason()).isEqualTo(expected));
        assertThat(fake.toolCalls()).isEqualTo(calls);
        assertThat(took).isLessThan(bound).isLessThan(FAST.worstCase());
    }

    @Test
    void aRemoteThatIsDownIsUnreachableWithinTheBound() throws IOException {
        skill = new RemoteSkill("core.quality", new RemoteEndpoint(FakeRemote.down(), null), FAST, "test",
                RemoteFaultTest::schema);

        long start = System.nanoTime();
        DependencyAnswer<QualityReport> answer = new RemoteQuality(skill).evaluate(Subjects.complete());

        assertThat(answer).isInstanceOfSatisfying(DependencyAnswer.Unavailable.class,
                u -> assertThat(u.failure()).as(u.reason()).isEqualTo(DependencyFailure.unreachable));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aContextReadIsRetriedButAnAdvanceIsSentOnce() throws IOException {
        fake = FakeRemote.start(Mode.SERVER_ERROR);
        skill = new RemoteSkill("core.orchestrator", new RemoteEndpoint(fake.url(), null), FAST, "test",
                RemoteFaultTest::schema);
        RemoteOrchestrator orchestrator = new RemoteOrchestrator(skill);

        orchestrator.context("billing-webhooks");
        int afterContext = fake.toolCalls();
        orchestrator.advance(new PhaseAdvance("billing-webhooks", Phase.inventory,
                "inventory-00000000000000000000000000000001", null));

        assertThat(afterContext).isEqualTo(3);
        assertThat(fake.toolCalls() - afterContext).isEqualTo(1);
    }

    @Test
    void anUnavailableOrchestratorGivesTheAssumptionToList() throws IOException {
        skill = new RemoteSkill("core.orchestrator", new RemoteEndpoint(FakeRemote.down(), null), FAST, "test",
                RemoteFaultTest::schema);

        var answer = new RemoteOrchestrator(skill).context("billing-webhooks");

        assertThat(answer).isInstanceOfSatisfying(DependencyAnswer.Unavailable.class, u -> assertThat(u.assumption())
                .startsWith("core.orchestrator (remote http://127.0.0.1:")
                .contains("went on from the given inputs alone"));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenFailsFastWithoutCallingTheRemote() throws IOException {
        RemoteQuality quality = quality(Mode.MALFORMED);
        for (int i = 0; i < FAST.breakerMinimumCalls(); i++) {
            quality.evaluate(Subjects.complete());
        }

        long start = System.nanoTime();
        DependencyAnswer<QualityReport> answer = quality.evaluate(Subjects.complete());

        assertThat(skill.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(answer).isInstanceOfSatisfying(DependencyAnswer.Unavailable.class,
                u -> assertThat(u.failure()).isEqualTo(DependencyFailure.circuit_open));
        assertThat(fake.toolCalls()).isEqualTo(FAST.breakerMinimumCalls());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void theCircuitLetsATrialThroughAfterItsWaitAndClosesWhenTheRemoteRecovers() throws Exception {
        RemoteQuality quality = quality(Mode.MALFORMED);
        for (int i = 0; i < FAST.breakerMinimumCalls(); i++) {
            quality.evaluate(Subjects.complete());
        }
        assertThat(skill.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        fake.mode(Mode.HEALTHY);

        TimeUnit.MILLISECONDS.sleep(FAST.openWait().toMillis() + 100);
        DependencyAnswer<QualityReport> answer = quality.evaluate(Subjects.complete());

        assertThat(answer).isInstanceOf(DependencyAnswer.Answered.class);
        assertThat(skill.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aTokenIsNeverSentInClearTextOffThisMachine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RemoteEndpoint(
                        URI.create("http://quality.example:8080/mcp"), new BearerToken("env:T", "tok-1234567890")))
                .hasMessageContaining("https").hasMessageNotContaining("tok-1234567890");
    }

    private RemoteQuality quality(Mode mode) throws IOException {
        fake = FakeRemote.start(mode);
        fake.answerWith(RemoteFaultTest::healthyQualityAnswer);
        skill = new RemoteSkill("core.quality", new RemoteEndpoint(fake.url(), null), FAST, "test",
                RemoteFaultTest::schema);
        return new RemoteQuality(skill);
    }

    static Map<String, Object> healthyQualityAnswer() {
        return CanonicalJson.toMap(new QualityResult(EmbeddedQuality.report(Subjects.complete()),
                DependencyInfo.embedded("core.quality", "9.9.9")));
    }

    static Map<String, Object> schema(Class<?> type) {
        return SchemaFactory.asMap(new SchemaFactory().outputSchema(type));
    }

}
