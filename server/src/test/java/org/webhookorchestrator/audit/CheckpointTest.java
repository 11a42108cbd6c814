package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dataDir;

    private FileAuditLog open() {
        return FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO));
    }

    @Test
    void checkpointVerifiesWithThePublishedPublicKeyAlone() {
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            Checkpoint checkpoint = log.checkpoint();
            PublicKey published = SigningKey.readPublicKey(log.directory().resolve(SigningKey.PUBLIC_KEY_FILE));
            assertThat(SigningKey.verifies(published, checkpoint)).isTrue();
            assertThat(checkpoint.keyId()).isEqualTo(SigningKey.keyId(published));
        }
    }

    @Test
    void eachCheckpointLinksToThePreviousOne() {
        try (FileAuditLog log = open()) {
            Checkpoint first = log.checkpoint();
            log.append(AuditRecords.numbered(1));
            Checkpoint second = log.checkpoint();
            assertThat(first.previousCheckpointHash()).isEqualTo(AuditEntry.GENESIS_HASH);
            assertThat(second.previousCheckpointHash()).isEqualTo(first.hash());
        }
    }

    @Test
    void emptyLogCheckpointCarriesTheEmptyTreeRoot() {
        try (FileAuditLog log = open()) {
            assertThat(log.checkpoint().rootHash())
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }

    @Test
    void inclusionProofTiesAnEntryToASignedCheckpoint() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 11; n++) {
                log.append(AuditRecords.numbered(n));
            }
            Checkpoint checkpoint = log.checkpoint();
            AuditEntry entry = log.get(6).orElseThrow();
            InclusionProof proof = log.proveInclusion(6, checkpoint.size());
            assertThat(proof.verifies(EntryFormat.leafHash(entry), checkpoint)).isTrue();
        }
    }

    @Test
    void inclusionProofOfOneEntryDoesNotProveAnother() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 11; n++) {
                log.append(AuditRecords.numbered(n));
            }
            Checkpoint checkpoint = log.checkpoint();
            InclusionProof proof = log.proveInclusion(6, checkpoint.size());
            assertThat(proof.verifies(EntryFormat.leafHash(log.get(7).orElseThrow()), checkpoint)).isFalse();
        }
    }

    @Test
    void consistencyProofLinksTwoCheckpoints() {
        try (FileAuditLog log = open()) {
            for (int n = 1; n <= 5; n++) {
                log.append(AuditRecords.numbered(n));
            }
            Checkpoint earlier = log.checkpoint();
            for (int n = 6; n <= 19; n++) {
                log.append(AuditRecords.numbered(n));
            }
            Checkpoint later = log.checkpoint();
            assertThat(log.proveConsistency(earlier.size(), later.size()).verifies(earlier, later)).isTrue();
        }
    }

    @Test
    void checkpointsSurviveReopening() {
        Checkpoint written;
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            written = log.checkpoint();
        }
        try (FileAuditLog log = open()) {
            assertThat(log.checkpoints()).first().isEqualTo(written);
        }
    }
}
