package org.webhookorchestrator.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What the log keeps in memory about its durable entries: Merkle leaves (for roots and proofs), the position of every
 * entry, the latest entry of each artifact and the checkpoints. Filled by the verifier on open, then by the writer
 * after each fsync, so readers never see an entry that is not yet on disk.
 */
final class LogState implements ScanListener {

    record Head(long size, String rootHash) {
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LeafHashes leaves = new LeafHashes();
    private final TreeFrontier frontier = new TreeFrontier();
    private final EntryIndex index = new EntryIndex();
    private final Map<String, Long> latestByArtifact = new HashMap<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private String headHash = AuditEntry.GENESIS_HASH;

    @Override
    public void checkpoints(List<Checkpoint> verified) {
        checkpoints.addAll(verified);
    }

    @Override
    public void entry(AuditEntry entry, LogLine line, byte[] leafHash) {
        add(entry, SegmentFiles.number(line.file()), line.offset(), line.bytes().length, leafHash);
    }

    void written(List<GroupCommitWriter.Written> batch) {
        lock.writeLock().lock();
        try {
            for (GroupCommitWriter.Written w : batch) {
                add(w.sealed().entry(), w.segment(), w.offset(), w.sealed().line().length,
                        MerkleTree.leafHash(w.sealed().hashInput()));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void add(AuditEntry entry, int segment, long offset, int length, byte[] leafHash) {
        leaves.add(leafHash);
        frontier.add(leafHash);
        index.add(segment, offset, length);
        if (entry.record().artifactId() != null) {
            latestByArtifact.put(entry.record().artifactId(), entry.sequence());
        }
        headHash = entry.hash();
    }

    long size() {
        lock.readLock().lock();
        try {
            return index.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    String headHash() {
        lock.readLock().lock();
        try {
            return headHash;
        } finally {
            lock.readLock().unlock();
        }
    }

    Head head() {
        lock.readLock().lock();
        try {
            return new Head(frontier.size(), Hex.of(frontier.root()));
        } finally {
            lock.readLock().unlock();
        }
    }

    Optional<EntryIndex.Position> position(long sequence) {
        lock.readLock().lock();
        try {
            return sequence < 1 || sequence > index.size() ? Optional.empty() : Optional.of(index.of(sequence));
        } finally {
            lock.readLock().unlock();
        }
    }

    Optional<Long> latestWith(String artifactId) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(latestByArtifact.get(artifactId));
        } finally {
            lock.readLock().unlock();
        }
    }

    InclusionProof inclusion(long sequence, long treeSize) {
        lock.readLock().lock();
        try {
            if (treeSize > leaves.size() || sequence < 1 || sequence > treeSize) {
                throw new IllegalArgumentException("no entry " + sequence + " in a tree of " + treeSize
                        + " (the log has " + leaves.size() + " entries)");
            }
            return new InclusionProof(sequence, treeSize,
                    Hex.all(MerkleTree.inclusionPath(leaves, sequence - 1, treeSize)));
        } finally {
            lock.readLock().unlock();
        }
    }

    ConsistencyProof consistency(long fromSize, long toSize) {
        lock.readLock().lock();
        try {
            if (fromSize < 0 || fromSize > toSize || toSize > leaves.size()) {
                throw new IllegalArgumentException("no consistency proof from " + fromSize + " to " + toSize
                        + " entries (the log has " + leaves.size() + ")");
            }
            return new ConsistencyProof(fromSize, toSize, Hex.all(MerkleTree.consistencyPath(leaves, fromSize, toSize)));
        } finally {
            lock.readLock().unlock();
        }
    }

    void checkpointed(Checkpoint checkpoint) {
        lock.writeLock().lock();
        try {
            checkpoints.add(checkpoint);
        } finally {
            lock.writeLock().unlock();
        }
    }

    List<Checkpoint> checkpoints() {
        lock.readLock().lock();
        try {
            return List.copyOf(checkpoints);
        } finally {
            lock.readLock().unlock();
        }
    }
}
