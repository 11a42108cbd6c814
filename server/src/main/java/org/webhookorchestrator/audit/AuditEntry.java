package org.webhookorchestrator.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the log: the record with its place in the chain. {@code sequence} starts at 1; {@code previousHash} is
 * the hash of the entry before (64 zeros for the first); {@code hash} is SHA-256 over the entry's canonical bytes
 * without the hash itself, see {@link EntryFormat}.
 */
public record AuditEntry(long sequence, Instant time, String previousHash, String hash, AuditRecord record) {

    /** The previousHash of entry 1. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, got " + sequence);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(record, "record");
    }
}
