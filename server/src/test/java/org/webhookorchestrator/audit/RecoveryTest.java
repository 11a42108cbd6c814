package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    private static final String TORN = "{\"hash\":\"12ab";

    @TempDir
    Path dataDir;

    private FileAuditLog open() {
        return FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO));
    }

    private Path logWithTornTail() throws IOException {
        Path auditDir;
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 3; n++) {
                log.append(AuditRecords.numbered(n));
            }
            auditDir = log.directory();
        }
        Files.writeString(LogFiles.firstSegment(auditDir), TORN, StandardOpenOption.APPEND);
        return auditDir;
    }

    @Test
    void tornLastEntryIsMovedAsideAndReported() throws IOException {
        Path auditDir = logWithTornTail();
        try (FileAuditLog log = open()) {
            RecoveryReport recovery = log.recovery();
            assertThat(recovery.repaired()).isTrue();
            TornTail tail = recovery.movedAside().get(0);
            assertThat(tail.length()).isEqualTo(TORN.length());
            assertThat(Files.readString(tail.movedTo(), StandardCharsets.UTF_8)).isEqualTo(TORN);
            assertThat(tail.movedTo().getParent()).isEqualTo(auditDir.resolve("torn"));
            assertThat(recovery.describe()).contains("crash mid-write").contains("3 entries intact");
        }
    }

    @Test
    void logContinuesAfterTheTornEntryWasMovedAside() throws IOException {
        logWithTornTail();
        try (FileAuditLog log = open()) {
            assertThat(log.append(AuditRecords.numbered(4)).sequence()).isEqualTo(4);
            assertThat(log.verify().ok()).isTrue();
        }
    }

    @Test
    void offlineVerifyReportsATornTailBeforeRecovery() throws IOException {
        Path auditDir = logWithTornTail();
        // The close checkpoint covers 3 entries; the torn bytes would have been entry 4.
        VerificationReport report = AuditVerifier.withKeyBesideLog(auditDir).verify();
        assertThat(report.damage()).isEqualTo(DamageKind.TORN_TAIL);
        assertThat(report.firstBadSequence()).isEqualTo(4);
        assertThat(report.tornTails()).hasSize(1);
    }

    @Test
    void tornCheckpointLineIsMovedAsideToo() throws IOException {
        Path auditDir;
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            auditDir = log.directory();
        }
        Files.writeString(auditDir.resolve(SegmentFiles.CHECKPOINT_FILE), "{\"keyId\":", StandardOpenOption.APPEND);
        try (FileAuditLog log = open()) {
            assertThat(log.recovery().movedAside()).singleElement()
                    .satisfies(t -> assertThat(t.file().getFileName().toString()).isEqualTo("checkpoints.jsonl"));
            assertThat(log.checkpoints()).hasSize(1);
        }
    }

    @Test
    void damageBeforeTheTailStopsTheOpenAndPointsAtAuditVerify() throws IOException {
        Path auditDir;
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 3; n++) {
                log.append(AuditRecords.numbered(n));
            }
            auditDir = log.directory();
        }
        Path segment = LogFiles.firstSegment(auditDir);
        List<String> lines = LogFiles.lines(segment);
        lines.set(1, lines.get(1).replace("decision number 2", "decision number 9"));
        LogFiles.write(segment, lines);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(AuditLogDamagedException.class, e -> {
            assertThat(e.report().damage()).isEqualTo(DamageKind.EDITED);
            assertThat(e.report().firstBadSequence()).isEqualTo(2);
            assertThat(e.getMessage()).contains("audit verify").contains("at entry 2");
        });
    }

    @Test
    void damagedOpenLeavesTheFilesAsTheyWere() throws IOException {
        Path auditDir;
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            log.append(AuditRecords.numbered(2));
            auditDir = log.directory();
        }
        Path segment = LogFiles.firstSegment(auditDir);
        List<String> lines = LogFiles.lines(segment);
        lines.remove(0);
        LogFiles.write(segment, lines);
        byte[] before = Files.readAllBytes(segment);

        assertThatThrownBy(this::open).isInstanceOf(AuditLogDamagedException.class);
        assertThat(Files.readAllBytes(segment)).isEqualTo(before);
        assertThat(auditDir.resolve("torn")).doesNotExist();
    }
}
