package org.webhookorchestrator.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.CompletedPhase;
import org.webhookorchestrator.core.contract.HandoffIntake;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.ObjectiveSnapshot;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.PhaseAdvance;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.api.SecretGuard;

/** The embedded orchestrator: route order, going back, intake, and state that survives a restart. */
class EmbeddedOrchestratorTest {

    static final String PROJECT = "billing-webhooks";
    static final String INVENTORY = "inventory-00000000000000000000000000000001";
    static final String INVENTORY_2 = "inventory-00000000000000000000000000000002";
    static final String DESIGN = "design-00000000000000000000000000000003";
    static final String VALIDATION = "validation-00000000000000000000000000000004";
    static final String PACKET = "handoff-00000000000000000000000000000005";

    @TempDir
    Path dataDir;
    EmbeddedOrchestrator orchestrator;

    @BeforeEach
    void open() {
        orchestrator = new EmbeddedOrchestrator(dataDir, "test", SecretGuard.NONE);
    }

    @Test
    void aProjectNeverSeenStartsAtInventory() {
        ProjectContext context = value(orchestrator.context(PROJECT));

        assertThat(context.known()).isFalse();
        assertThat(context.activePhase()).isEqualTo(Phase.inventory);
        assertThat(context.route()).containsExactly(Phase.inventory, Phase.design, Phase.validate, Phase.handoff);
        assertThat(context.nextStep()).isEqualTo("call webhook_inventory with the brief");
    }

    @Test
    void designBeforeInventoryIsRefusedNamingInventory() {
        AdvanceDecision decision = value(orchestrator.advance(advance(Phase.design, DESIGN)));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.missingPhase()).isEqualTo(Phase.inventory);
        assertThat(decision.message()).isEqualTo(
                "design needs inventory first: call webhook_inventory with the brief before webhook_design");
    }

    @Test
    void validateAfterInventoryIsRefusedNamingDesignAndTheInventoryToDesignFrom() {
        value(orchestrator.advance(advance(Phase.inventory, INVENTORY)));

        AdvanceDecision decision = value(orchestrator.advance(advance(Phase.validate, VALIDATION)));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.message()).isEqualTo("validate needs design first: call webhook_design with " + INVENTORY
                + " before webhook_validate");
        assertThat(decision.refusal().details()).anySatisfy(d -> {
            assertThat(d.where()).isEqualTo("missingPhase");
            assertThat(d.problem()).isEqualTo("design");
        });
    }

    @Test
    void handoffBeforeValidateIsRefusedNamingValidateAndTheDesign() {
        throughDesign();

        IntakeReceipt receipt = value(orchestrator.intake(packet(VALIDATION)));

        assertThat(receipt.accepted()).isFalse();
        assertThat(receipt.missingPhase()).isEqualTo(Phase.validate);
        assertThat(receipt.message()).isEqualTo("handoff needs validate first: call webhook_validate with " + DESIGN
                + " before webhook_handoff");
    }

    @Test
    void theRouteInOrderIsAcceptedAndIntakeNamesTheNextOwner() {
        throughValidation();

        IntakeReceipt receipt = value(orchestrator.intake(packet(VALIDATION)));

        assertThat(receipt.accepted()).isTrue();
        assertThat(receipt.nextStepOwnerRole()).isEqualTo("platform-team");
        assertThat(receipt.nextSkill()).isEqualTo("core.release");
        assertThat(receipt.context().activePhase()).isNull();
        assertThat(receipt.context().completed()).extracting(CompletedPhase::phase)
                .containsExactly(Phase.inventory, Phase.design, Phase.validate, Phase.handoff);
    }

    @Test
    void theSamePacketTwiceIsTakenInOnceWithTheSameReceipt() throws IOException {
        throughValidation();
        IntakeReceipt first = value(orchestrator.intake(packet(VALIDATION)));
        Path file = dataDir.resolve("orchestrator").resolve(PROJECT + ".json");
        var written = Files.getLastModifiedTime(file);

        IntakeReceipt second = value(orchestrator.intake(packet(VALIDATION)));

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void aPacketOnAValidationThatIsNotCurrentIsRefused() {
        throughValidation();

        IntakeReceipt receipt = value(orchestrator.intake(packet("validation-99999999999999999999999999999999")));

        assertThat(receipt.accepted()).isFalse();
        assertThat(receipt.message()).contains("current validation is " + VALIDATION);
    }

    @Test
    void redoingInventoryWithANewArtifactResetsTheLaterPhases() {
        throughValidation();

        AdvanceDecision decision = value(orchestrator.advance(advance(Phase.inventory, INVENTORY_2)));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.message()).contains("later phases were reset");
        assertThat(decision.context().completed()).containsExactly(new CompletedPhase(Phase.inventory, INVENTORY_2));
        assertThat(decision.context().activePhase()).isEqualTo(Phase.design);
    }

    @Test
    void recordingTheSameArtifactAgainKeepsTheLaterPhases() {
        throughValidation();

        AdvanceDecision decision = value(orchestrator.advance(advance(Phase.inventory, INVENTORY)));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.context().completed()).hasSize(3);
    }

    @Test
    void aHandoffIsNotRecordedThroughAdvance() {
        throughValidation();

        AdvanceDecision decision = value(orchestrator.advance(advance(Phase.handoff, PACKET)));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.message()).contains("orchestrator_intake");
    }

    @Test
    void theObjectiveIsKeptNormalized() {
        ProjectContext context = value(orchestrator.advance(new PhaseAdvance(PROJECT, Phase.inventory, INVENTORY,
                new ObjectiveSnapshot("  Ingest Stripe\n and GitHub  events ", List.of("p99 ack < 2 s",
                        "P99  ack < 2 s", " no lost events "), List.of("security: PCI")))))
                .context();

        assertThat(context.objective()).isEqualTo("Ingest Stripe and GitHub events");
        assertThat(context.successCriteria()).containsExactly("p99 ack < 2 s", "no lost events");
        assertThat(context.constraints()).containsExactly("security: PCI");
    }

    @Test
    void aRestartKeepsEveryProjectsPhase() {
        throughDesign();

        ProjectContext context = value(new EmbeddedOrchestrator(dataDir, "test", SecretGuard.NONE).context(PROJECT));

        assertThat(context.known()).isTrue();
        assertThat(context.activePhase()).isEqualTo(Phase.validate);
        assertThat(context.nextStep()).isEqualTo("call webhook_validate with " + DESIGN);
    }

    @Test
    void aDamagedStateFileIsReportedNamingTheFile() throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("orchestrator"));
        Files.writeString(dir.resolve(PROJECT + ".json"), "{\"format\":1,", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> orchestrator.context(PROJECT)).hasMessageContaining(PROJECT + ".json")
                .hasMessageContaining("damaged");
    }

    @Test
    void stateCarryingAKnownSecretIsRefusedAndNeverWritten() throws IOException {
        String secret = "whsec_live_7f3a9c1e5b2d4068";
        SecretGuard guard = bytes -> new String(bytes, StandardCharsets.UTF_8).contains(secret)
                ? Optional.of("stripe-secret") : Optional.empty();
        EmbeddedOrchestrator guarded = new EmbeddedOrchestrator(dataDir, "test", guard);

        assertThatThrownBy(() -> guarded.advance(new PhaseAdvance(PROJECT, Phase.inventory, INVENTORY,
                new ObjectiveSnapshot("our secret is " + secret, List.of(), List.of()))))
                .isInstanceOf(EscalationException.class).hasMessageContaining("stripe-secret");
        assertThat(Files.exists(dataDir.resolve("orchestrator").resolve(PROJECT + ".json"))).isFalse();
    }

    @Test
    void everyAnswerSaysTheEmbeddedOrchestratorGaveIt() {
        DependencyInfo by = orchestrator.context(PROJECT).dependency();

        assertThat(by).isEqualTo(new DependencyInfo("core.orchestrator", DependencyInfo.Binding.embedded, "test",
                null));
    }

    private void throughDesign() {
        assertThat(value(orchestrator.advance(advance(Phase.inventory, INVENTORY))).accepted()).isTrue();
        assertThat(value(orchestrator.advance(advance(Phase.design, DESIGN))).accepted()).isTrue();
    }

    private void throughValidation() {
        throughDesign();
        assertThat(value(orchestrator.advance(advance(Phase.validate, VALIDATION))).accepted()).isTrue();
    }

    static PhaseAdvance advance(Phase phase, String artifactId) {
        return new PhaseAdvance(PROJECT, phase, artifactId, null);
    }

    static HandoffIntake packet(String validation) {
        return new HandoffIntake(PROJECT, PACKET, validation,
                List.of(new HandoffIntake.OwnedAction("deploy the receiver to staging", "platform-team")),
                "core.release");
    }

    static <T> T value(DependencyAnswer<T> answer) {
        assertThat(answer).isInstanceOf(DependencyAnswer.Answered.class);
        return ((DependencyAnswer.Answered<T>) answer).value();
    }
}
