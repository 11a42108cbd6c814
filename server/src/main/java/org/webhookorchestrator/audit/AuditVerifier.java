package org.webhookorchestrator.audit;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies an audit directory from its files alone: every entry's hash and link, the Merkle root at every checkpoint,
 * and every checkpoint's signature under a trusted public key. It stops at the first damage and says what kind it is
 * and where. Used by {@code audit verify} offline and by {@link FileAuditLog} on start.
 */
public final class AuditVerifier {

    /** How far past a misplaced entry to look for the one that should have been there. */
    private static final int REORDER_WINDOW = 64;

    private final Path auditDir;
    private final PublicKey trustedKey;

    private AuditVerifier(Path auditDir, PublicKey trustedKey) {
        this.auditDir = Objects.requireNonNull(auditDir, "auditDir");
        this.trustedKey = Objects.requireNonNull(trustedKey, "trustedKey");
    }

    /** A verifier that trusts {@code publicKey}, obtained out of band: the strongest check. */
    public static AuditVerifier of(Path auditDir, PublicKey publicKey) {
        return new AuditVerifier(auditDir, publicKey);
    }

    /** A verifier that trusts the {@code audit-signing.pub} beside the log: detects damage, not a replaced key. */
    public static AuditVerifier withKeyBesideLog(Path auditDir) {
        return new AuditVerifier(auditDir, SigningKey.readPublicKey(auditDir.resolve(SigningKey.PUBLIC_KEY_FILE)));
    }

    public VerificationReport verify() {
        return verify(ScanListener.NONE);
    }

    VerificationReport verify(ScanListener listener) {
        return verify(listener, Long.MAX_VALUE);
    }

    /** Verifies the first {@code limit} entries only: a live log may be writing the next ones meanwhile. */
    VerificationReport verify(ScanListener listener, long limit) {
        CheckpointChain.Result checkpoints = CheckpointChain.read(auditDir.resolve(SegmentFiles.CHECKPOINT_FILE),
                trustedKey);
        if (checkpoints.damage() != null) {
            return checkpoints.damage();
        }
        listener.checkpoints(checkpoints.checkpoints());
        List<TornTail> torn = new ArrayList<>();
        if (checkpoints.torn() != null) {
            torn.add(checkpoints.torn());
        }
        try (LineCursor cursor = new LineCursor(SegmentFiles.list(auditDir))) {
            return new Scan(cursor, checkpoints, listener, torn, limit).run();
        }
    }

    /** One pass over the entries. */
    private static final class Scan {
        private final LineCursor cursor;
        private final List<Checkpoint> checkpoints;
        private final long covered;
        private final ScanListener listener;
        private final List<TornTail> torn;
        private final long limit;
        private final TreeFrontier frontier = new TreeFrontier();
        private long expected = 1;
        private String previousHash = AuditEntry.GENESIS_HASH;
        private int nextCheckpoint;
        private long lastMatchedSize;

        Scan(LineCursor cursor, CheckpointChain.Result result, ScanListener listener, List<TornTail> torn,
             long limit) {
            this.limit = limit;
            this.cursor = cursor;
            this.checkpoints = result.checkpoints();
            this.covered = result.coveredSize();
            this.listener = listener;
            this.torn = torn;
        }

        VerificationReport run() {
            VerificationReport mismatch = matchCheckpoints();
            if (mismatch != null) {
                return mismatch;
            }
            LogLine line;
            while (expected <= limit && (line = cursor.peek(0)) != null) {
                if (!line.terminated() && cursor.atLastLine()) {
                    if (expected <= covered) {
                        return damaged(expected, DamageKind.TRUNCATED, "entry " + expected + " is cut short ("
                                + where(line) + ") but a signed checkpoint covers " + covered + " entries");
                    }
                    torn.add(new TornTail(line.file(), line.offset(), line.bytes().length, null));
                    break;
                }
                EntryFormat.Parsed parsed = EntryFormat.parse(line.bytes());
                if (!line.terminated() || !parsed.valid() || !fits(parsed)) {
                    return classify(line, parsed);
                }
                byte[] leaf = MerkleTree.leafHash(parsed.hashInput());
                frontier.add(leaf);
                listener.entry(parsed.entry(), line, leaf);
                previousHash = parsed.entry().hash();
                expected++;
                cursor.advance();
                mismatch = matchCheckpoints();
                if (mismatch != null) {
                    return mismatch;
                }
            }
            long entries = expected - 1;
            if (covered > entries) {
                return damaged(expected, DamageKind.TRUNCATED, (entries == 0 ? "the log has no entries"
                        : "the log ends after entry " + entries) + " but a signed checkpoint covers " + covered
                        + " entries: " + span(expected, covered) + " cut off the end");
            }
            if (!torn.isEmpty()) {
                return VerificationReport.torn(entries, checkpoints.size(), torn);
            }
            return VerificationReport.intact(entries, checkpoints.size());
        }

        private boolean fits(EntryFormat.Parsed parsed) {
            return parsed.entry().sequence() == expected && parsed.entry().previousHash().equals(previousHash);
        }

        private VerificationReport matchCheckpoints() {
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).size() == frontier.size()) {
                Checkpoint c = checkpoints.get(nextCheckpoint);
                byte[] root = frontier.root();
                if (!MessageDigest.isEqual(root, Hex.hash(c.rootHash()))) {
                    return damaged(lastMatchedSize + 1, DamageKind.REWRITTEN, "the chain is whole but entries 1.."
                            + c.size() + " hash to root " + Hex.of(root) + ", not the root " + c.rootHash()
                            + " signed at " + c.time() + ": an entry after " + lastMatchedSize
                            + " was rewritten and the chain re-hashed after it");
                }
                lastMatchedSize = c.size();
                nextCheckpoint++;
            }
            return null;
        }

        private VerificationReport classify(LogLine line, EntryFormat.Parsed parsed) {
            AuditEntry entry = parsed.valid() && line.terminated() ? parsed.entry() : null;
            if (entry != null && entry.sequence() > expected && laterLineHolds(expected)) {
                return damaged(expected, DamageKind.REORDERED, "entry " + entry.sequence() + " stands where entry "
                        + expected + " belongs (" + where(line) + "); entry " + expected + " comes later");
            }
            if (nextLineContinuesChain()) {
                return damaged(expected, DamageKind.INSERTED, "the line at " + where(line)
                        + " is not part of the chain: the next line is entry " + expected + ", linked to entry "
                        + (expected - 1));
            }
            if (entry == null) {
                String problem = line.terminated() ? parsed.problem() : "the line is cut short";
                return damaged(expected, DamageKind.EDITED, "entry " + expected + " (" + where(line) + ") was edited: "
                        + problem);
            }
            if (entry.sequence() > expected) {
                return damaged(expected, DamageKind.REMOVED, span(expected, entry.sequence() - 1)
                        + " missing: entry " + entry.sequence() + " (" + where(line) + ") follows entry "
                        + (expected - 1));
            }
            if (entry.sequence() == expected) {
                long suspect = expected > 1 ? expected - 1 : expected;
                return damaged(suspect, DamageKind.EDITED, "entry " + expected + " (" + where(line) + ") records "
                        + "previous hash " + entry.previousHash() + " but entry " + (expected - 1) + " hashes to "
                        + previousHash + ": entry " + suspect + " or that link was edited and re-hashed");
            }
            long at = entry.sequence() == expected - 1 ? entry.sequence() : expected;
            return damaged(at, DamageKind.INSERTED, "a second entry claims sequence " + entry.sequence() + " ("
                    + where(line) + "): one of them was inserted");
        }

        private boolean laterLineHolds(long sequence) {
            for (int i = 1; i <= REORDER_WINDOW; i++) {
                LogLine later = cursor.peek(i);
                if (later == null) {
                    return false;
                }
                EntryFormat.Parsed parsed = EntryFormat.parse(later.bytes());
                if (parsed.valid() && parsed.entry().sequence() == sequence) {
                    return true;
                }
            }
            return false;
        }

        private boolean nextLineContinuesChain() {
            LogLine next = cursor.peek(1);
            if (next == null || !next.terminated()) {
                return false;
            }
            EntryFormat.Parsed parsed = EntryFormat.parse(next.bytes());
            return parsed.valid() && fits(parsed);
        }

        private VerificationReport damaged(long firstBad, DamageKind kind, String message) {
            return VerificationReport.damaged(expected - 1, checkpoints.size(), firstBad, kind, message);
        }

        private static String span(long first, long last) {
            return first == last ? "entry " + first + " is" : "entries " + first + ".." + last + " are";
        }

        private static String where(LogLine line) {
            return line.file().getFileName() + " at offset " + line.offset();
        }
    }
}
