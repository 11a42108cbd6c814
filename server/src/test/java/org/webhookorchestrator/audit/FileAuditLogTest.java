package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {

    @TempDir
    Path dataDir;

    private FileAuditLog open() {
        return FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO));
    }

    @Test
    void appendsAreNumberedFromOneAndChained() {
        try (FileAuditLog log = open()) {
            AuditEntry first = log.append(AuditRecords.numbered(1));
            AuditEntry second = log.append(AuditRecords.numbered(2));
            assertThat(first.sequence()).isEqualTo(1);
            assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.previousHash()).isEqualTo(first.hash());
        }
    }

    @Test
    void getReturnsTheEntryAsAppended() {
        try (FileAuditLog log = open()) {
            AuditEntry appended = log.append(AuditRecords.numbered(1));
            assertThat(log.get(1)).hasValueSatisfying(e -> {
                assertThat(e.hash()).isEqualTo(appended.hash());
                assertThat(e.record().rationale()).isEqualTo("decision number 1");
                assertThat(e.record().artifact().get("provider").asText()).isEqualTo("stripe");
            });
            assertThat(log.get(0)).isEmpty();
            assertThat(log.get(2)).isEmpty();
        }
    }

    @Test
    void entriesSurviveReopening() {
        String hash;
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            hash = log.append(AuditRecords.numbered(2)).hash();
        }
        try (FileAuditLog log = open()) {
            assertThat(log.size()).isEqualTo(2);
            assertThat(log.recovery().repaired()).isFalse();
            assertThat(log.append(AuditRecords.numbered(3)).previousHash()).isEqualTo(hash);
        }
    }

    @Test
    void findByArtifactReturnsTheLatestEntryCarryingIt() {
        try (FileAuditLog log = open()) {
            String id = "design-" + "a".repeat(32);
            log.append(AuditRecords.decision("design_webhook", "p", id, 1));
            log.append(AuditRecords.decision("design_webhook", "p", "design-" + "b".repeat(32), 2));
            log.append(AuditRecords.decision("grade_receiver", "p", id, 3));
            assertThat(log.findByArtifact(id)).hasValueSatisfying(e -> assertThat(e.sequence()).isEqualTo(3));
            assertThat(log.findByArtifact("design-" + "c".repeat(32))).isEmpty();
        }
    }

    @Test
    void queryFiltersByProjectToolAndArtifactOldestFirst() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 9; n++) {
                log.append(AuditRecords.numbered(n));
            }
            log.append(AuditRecords.decision("grade_receiver", "project-1", "design-" + "f".repeat(32), 10));
            assertThat(sequences(log.query(AuditQuery.all().withProject("project-1")))).containsExactly(1L, 4L, 7L, 10L);
            assertThat(sequences(log.query(AuditQuery.all().withTool("grade_receiver")))).containsExactly(10L);
            assertThat(sequences(log.query(AuditQuery.all().withArtifactId(AuditRecords.numbered(2).artifactId()))))
                    .containsExactly(2L, 9L);
        }
    }

    @Test
    void queryLimitKeepsTheNewestMatches() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 10; n++) {
                log.append(AuditRecords.numbered(n));
            }
            assertThat(sequences(log.query(AuditQuery.tail(3)))).containsExactly(8L, 9L, 10L);
        }
    }

    @Test
    void queryTimeRangeIncludesItsStartAndExcludesItsEnd() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 6; n++) {
                log.append(AuditRecords.numbered(n)); // the stepping clock gives entry n the time START + (n-1) s
            }
            var from = SteppingClock.START.plusSeconds(1);
            var to = SteppingClock.START.plusSeconds(4);
            assertThat(sequences(log.query(AuditQuery.all().between(from, to)))).containsExactly(2L, 3L, 4L);
        }
    }

    @Test
    void segmentsRotateAndTheChainRunsAcrossThem() throws IOException {
        AuditLogSettings small = AuditLogSettings.defaults().withMaxSegmentBytes(2048)
                .withCheckpointInterval(Duration.ZERO);
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE, small)) {
            for (int n = 1; n <= 40; n++) {
                log.append(AuditRecords.numbered(n));
            }
            assertThat(SegmentFiles.list(log.directory())).hasSizeGreaterThan(3);
            assertThat(log.get(40)).isPresent();
            assertThat(log.verify().ok()).isTrue();
        }
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE, small)) {
            assertThat(log.size()).isEqualTo(40);
            for (Path segment : SegmentFiles.list(log.directory())) {
                assertThat(Files.size(segment)).isLessThanOrEqualTo(2048);
            }
        }
    }

    @Test
    void closingWritesACheckpointOfTheWholeLog() {
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            log.append(AuditRecords.numbered(2));
        }
        try (FileAuditLog log = open()) {
            assertThat(log.checkpoints()).last().satisfies(c -> assertThat(c.size()).isEqualTo(2));
        }
    }

    @Test
    void signingKeyIsReadableByItsOwnerOnly() throws IOException {
        try (FileAuditLog log = open()) {
            Path key = log.directory().resolve(SigningKey.KEY_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void appendRefusesARecordThatHasNoCanonicalForm() {
        try (FileAuditLog log = open()) {
            var artifact = JsonNodeFactory.instance.objectNode().put("ratio", 0.5);
            AuditRecord record = new AuditRecord("t", null, null, null, null, null, artifact, "accepted", null);
            assertThatThrownBy(() -> log.append(record)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("integers only");
            assertThat(log.size()).isZero();
        }
    }

    @Test
    void appendAfterCloseIsRefused() {
        FileAuditLog log = open();
        log.close();
        assertThatThrownBy(() -> log.append(AuditRecords.numbered(1)))
                .isInstanceOf(AuditLogUnavailableException.class).hasMessageContaining("closed");
    }

    @Test
    void periodicCheckpointsAreWrittenEvenWhenNothingIsAppended() throws InterruptedException {
        AuditLogSettings often = AuditLogSettings.defaults().withCheckpointInterval(Duration.ofMillis(20));
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE, often)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (log.checkpoints().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(log.checkpoints()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(c.size()).isZero());
        }
    }

    private static List<Long> sequences(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::sequence).toList();
    }
}
