package org.webhookorchestrator.audit;

import java.util.List;
import java.util.Optional;

/**
 * The audit store the tools write to: append-only, hash-chained, Merkle-checkpointed. {@link FileAuditLog} keeps it in
 * the data directory; a PostgreSQL store implements the same contract for several instances.
 */
public interface AuditLog extends AutoCloseable {

    /**
     * Appends {@code record} and returns its entry once it is durable (fsync'd; concurrent callers share fsyncs).
     *
     * @throws SecretInAuditRecordException when the record carries a known secret value; nothing is written
     * @throws IllegalArgumentException when the record cannot be put in canonical form (a non-integral number)
     * @throws AuditLogUnavailableException when the log is closed or a write failed earlier
     */
    AuditEntry append(AuditRecord record);

    /** The latest entry carrying {@code artifactId}. */
    Optional<AuditEntry> findByArtifact(String artifactId);

    Optional<AuditEntry> get(long sequence);

    /** The entries matching {@code query}, oldest first; see {@link AuditQuery} for the limit. */
    List<AuditEntry> query(AuditQuery query);

    /** Re-checks the chain, the tree and the checkpoint signatures over what is stored now. */
    VerificationReport verify();

    /** Signs and writes a checkpoint of the log as it is now. */
    Checkpoint checkpoint();

    /** All checkpoints, oldest first. */
    List<Checkpoint> checkpoints();

    /** Proof that entry {@code sequence} is in the tree of the first {@code treeSize} entries. */
    InclusionProof proveInclusion(long sequence, long treeSize);

    /** Proof that the tree of {@code fromSize} entries is a prefix of the tree of {@code toSize} entries. */
    ConsistencyProof proveConsistency(long fromSize, long toSize);

    /** The number of durable entries. */
    long size();

    /** Finishes pending appends and writes a checkpoint. */
    @Override
    void close();
}
