package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ten entries, checkpoints after entries 6 and 10; each case damages the files one way. */
class TamperDetectionTest {

    @TempDir
    Path dataDir;

    interface Tamper {
        void apply(Path segment, Path checkpoints) throws IOException;
    }

    private Path writeLog() {
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO))) {
            for (int n = 1; n <= 10; n++) {
                log.append(AuditRecords.numbered(n));
                if (n == 6) {
                    log.checkpoint();
                }
            }
            return log.directory();
        }
    }

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("one byte of entry 4 edited", DamageKind.EDITED, 4L, (Tamper) (seg, cp) -> edit(seg, 3,
                        l -> l.replace("decision number 4", "decision numbex 4"))),
                Arguments.of("entry 4 made unreadable", DamageKind.EDITED, 4L, (Tamper) (seg, cp) -> edit(seg, 3,
                        l -> "x" + l.substring(1))),
                Arguments.of("entry 4 edited and re-hashed", DamageKind.EDITED, 4L, (Tamper) (seg, cp) -> {
                    List<String> lines = LogFiles.lines(seg);
                    lines.set(3, LogFiles.resealed(lines.get(3), "forged", LogFiles.hashOf(lines.get(2))));
                    LogFiles.write(seg, lines);
                }),
                Arguments.of("entry 4 deleted", DamageKind.REMOVED, 4L, (Tamper) (seg, cp) -> {
                    List<String> lines = LogFiles.lines(seg);
                    lines.remove(3);
                    LogFiles.write(seg, lines);
                }),
                Arguments.of("garbage inserted after entry 4", DamageKind.INSERTED, 5L, insertAfter4(l -> "{\"x\":1}")),
                Arguments.of("copy of entry 2 inserted after entry 4", DamageKind.INSERTED, 5L,
                        insertAfter4(lines -> lines.get(1))),
                Arguments.of("forged entry 5 inserted after entry 4", DamageKind.INSERTED, 5L,
                        insertAfter4(lines -> LogFiles.resealed(lines.get(4), "forged", LogFiles.hashOf(lines.get(3))))),
                Arguments.of("entries 4 and 5 swapped", DamageKind.REORDERED, 4L, (Tamper) (seg, cp) -> {
                    List<String> lines = LogFiles.lines(seg);
                    lines.add(3, lines.remove(4));
                    LogFiles.write(seg, lines);
                }),
                Arguments.of("entry 2 moved to the end", DamageKind.REORDERED, 2L, (Tamper) (seg, cp) -> {
                    List<String> lines = LogFiles.lines(seg);
                    lines.add(lines.remove(1));
                    LogFiles.write(seg, lines);
                }),
                Arguments.of("last two entries cut off", DamageKind.TRUNCATED, 9L, (Tamper) (seg, cp) -> {
                    List<String> lines = LogFiles.lines(seg);
                    LogFiles.write(seg, lines.subList(0, 8));
                }),
                Arguments.of("file cut inside entry 10", DamageKind.TRUNCATED, 10L, cutInsideLastEntry()),
                Arguments.of("file cut inside entry 10, no checkpoint covers it", DamageKind.TORN_TAIL, 10L,
                        (Tamper) (seg, cp) -> {
                            List<String> checkpoints = LogFiles.lines(cp);
                            LogFiles.write(cp, checkpoints.subList(0, 1));
                            cutInsideLastEntry().apply(seg, cp);
                        }),
                Arguments.of("segment file deleted", DamageKind.TRUNCATED, 1L, (Tamper) (seg, cp) -> Files.delete(seg)),
                Arguments.of("entry 8 rewritten and the chain re-hashed", DamageKind.REWRITTEN, 7L,
                        (Tamper) (seg, cp) -> {
                            List<String> lines = LogFiles.lines(seg);
                            for (int i = 7; i < 10; i++) {
                                String rationale = i == 7 ? "forged" : "decision number " + (i + 1);
                                lines.set(i, LogFiles.resealed(lines.get(i), rationale, LogFiles.hashOf(lines.get(i - 1))));
                            }
                            LogFiles.write(seg, lines);
                        }),
                Arguments.of("checkpoint root changed", DamageKind.BAD_CHECKPOINT_SIGNATURE, null,
                        (Tamper) (seg, cp) -> edit(cp, 0, l -> l.replaceFirst("\"rootHash\":\".", "\"rootHash\":\"0"))),
                Arguments.of("first checkpoint removed", DamageKind.BAD_CHECKPOINT, null, (Tamper) (seg, cp) -> {
                    List<String> checkpoints = LogFiles.lines(cp);
                    LogFiles.write(cp, checkpoints.subList(1, 2));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void verifyDetectsAndLocatesTampering(String damage, DamageKind kind, Long firstBad, Tamper tamper)
            throws IOException {
        Path auditDir = writeLog();
        tamper.apply(LogFiles.firstSegment(auditDir), auditDir.resolve(SegmentFiles.CHECKPOINT_FILE));

        VerificationReport report = AuditVerifier.withKeyBesideLog(auditDir).verify();

        assertThat(report.ok()).isFalse();
        assertThat(report.damage()).as(report.message()).isEqualTo(kind);
        assertThat(report.firstBadSequence()).as(report.message()).isEqualTo(firstBad);
    }

    @Test
    void untouchedLogVerifies() {
        VerificationReport report = AuditVerifier.withKeyBesideLog(writeLog()).verify();
        assertThat(report.ok()).as(report.message()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(10);
        assertThat(report.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void verifyingWithAnotherKeyFailsOnTheFirstCheckpoint() throws Exception {
        Path auditDir = writeLog();
        var otherKey = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        VerificationReport report = AuditVerifier.of(auditDir, otherKey).verify();
        assertThat(report.damage()).isEqualTo(DamageKind.BAD_CHECKPOINT_SIGNATURE);
        assertThat(report.message()).contains("not the trusted key");
    }

    @Test
    void deletedMiddleSegmentIsReportedAsRemovedEntries() throws IOException {
        Path auditDir;
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withMaxSegmentBytes(2048).withCheckpointInterval(Duration.ZERO))) {
            for (int n = 1; n <= 30; n++) {
                log.append(AuditRecords.numbered(n));
            }
            auditDir = log.directory();
        }
        Path second = SegmentFiles.segment(auditDir, 2);
        long firstMissing = LogFiles.lines(SegmentFiles.segment(auditDir, 1)).size() + 1L;
        Files.delete(second);

        VerificationReport report = AuditVerifier.withKeyBesideLog(auditDir).verify();

        assertThat(report.damage()).isEqualTo(DamageKind.REMOVED);
        assertThat(report.firstBadSequence()).isEqualTo(firstMissing);
    }

    private static void edit(Path file, int index, java.util.function.UnaryOperator<String> change) throws IOException {
        List<String> lines = LogFiles.lines(file);
        lines.set(index, change.apply(lines.get(index)));
        LogFiles.write(file, lines);
    }

    private static Tamper insertAfter4(java.util.function.Function<List<String>, String> line) {
        return (seg, cp) -> {
            List<String> lines = LogFiles.lines(seg);
            lines.add(4, line.apply(lines));
            LogFiles.write(seg, lines);
        };
    }

    private static Tamper cutInsideLastEntry() {
        return (seg, cp) -> {
            List<String> lines = LogFiles.lines(seg);
            long keep = Files.size(seg) - lines.get(9).length() / 2;
            try (RandomAccessFile file = new RandomAccessFile(seg.toFile(), "rw")) {
                file.setLength(keep);
            }
        };
    }
}
