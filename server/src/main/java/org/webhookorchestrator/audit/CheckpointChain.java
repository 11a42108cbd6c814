package org.webhookorchestrator.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code checkpoints.jsonl} and checks each checkpoint: canonical form, signature under the trusted key, the link
 * to the checkpoint before it and a size that never shrinks. An incomplete last line is a torn tail, not damage.
 */
final class CheckpointChain {

    /** Either {@code damage} is set, or the verified checkpoints in order (and a torn tail, if any). */
    record Result(List<Checkpoint> checkpoints, TornTail torn, VerificationReport damage) {

        long coveredSize() {
            return checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).size();
        }

        String lastHash() {
            return checkpoints.isEmpty() ? AuditEntry.GENESIS_HASH : checkpoints.get(checkpoints.size() - 1).hash();
        }
    }

    private CheckpointChain() {
    }

    static Result read(Path file, PublicKey key) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Result(checkpoints, null, null);
        }
        String keyId = SigningKey.keyId(key);
        try (LineReader reader = new LineReader(file)) {
            LogLine line;
            while ((line = reader.next()) != null) {
                int number = checkpoints.size() + 1;
                if (!line.terminated()) {
                    return new Result(checkpoints, new TornTail(file, line.offset(), line.bytes().length, null), null);
                }
                CheckpointFormat.Parsed parsed = CheckpointFormat.parse(line.bytes());
                if (parsed.checkpoint() == null) {
                    return damaged(checkpoints, DamageKind.BAD_CHECKPOINT,
                            "checkpoint " + number + " (offset " + line.offset() + " of " + file.getFileName()
                                    + ") is unreadable: " + parsed.problem());
                }
                Checkpoint c = parsed.checkpoint();
                if (!c.keyId().equals(keyId) || !SigningKey.verifies(key, c)) {
                    return damaged(checkpoints, DamageKind.BAD_CHECKPOINT_SIGNATURE,
                            "checkpoint " + number + " (size " + c.size() + ", " + c.time() + ") "
                                    + (c.keyId().equals(keyId) ? "has a signature that does not verify"
                                    : "names key " + c.keyId() + ", not the trusted key " + keyId));
                }
                Checkpoint before = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
                String expectedPrevious = before == null ? AuditEntry.GENESIS_HASH : before.hash();
                if (!c.previousCheckpointHash().equals(expectedPrevious)) {
                    return damaged(checkpoints, DamageKind.BAD_CHECKPOINT, "checkpoint " + number
                            + " does not link to the checkpoint before it: a checkpoint was removed, inserted or"
                            + " reordered");
                }
                if (before != null && c.size() < before.size()) {
                    return damaged(checkpoints, DamageKind.BAD_CHECKPOINT, "checkpoint " + number + " claims "
                            + c.size() + " entries, fewer than the " + before.size() + " of the checkpoint before it");
                }
                checkpoints.add(c);
            }
        }
        return new Result(checkpoints, null, null);
    }

    private static Result damaged(List<Checkpoint> good, DamageKind kind, String message) {
        return new Result(good, null, VerificationReport.damaged(0, good.size(), null, kind, message));
    }
}
