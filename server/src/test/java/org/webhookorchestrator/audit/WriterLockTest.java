package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondWriterOnTheSameDirectoryIsRefusedSayingWhatToDo() {
        try (FileAuditLog first = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE)) {
            assertThatThrownBy(() -> FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE))
                    .isInstanceOf(AuditLogUnavailableException.class)
                    .hasMessageContaining("is in use by another server process")
                    .hasMessageContaining("--data-dir");
        }
    }

    @Test
    void closingTheLogLetsTheNextWriterIn() {
        FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE).close();

        try (FileAuditLog again = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void verifyingNeedsNoLockWhileTheServerWrites() {
        try (FileAuditLog live = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE)) {
            live.append(new AuditRecord("t", "p", null, null, null, null, null, "d", "r"));

            assertThat(AuditVerifier.withKeyBesideLog(dataDir.resolve("audit")).verify().ok()).isTrue();
        }
    }
}
