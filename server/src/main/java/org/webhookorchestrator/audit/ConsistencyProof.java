package org.webhookorchestrator.audit;

import java.util.List;

/**
 * Proof that the tree of {@code fromSize} entries is a prefix of the tree of {@code toSize} entries (RFC 9162 section
 * 2.1.4): nothing in the first was changed or removed when the log grew to the second.
 */
public record ConsistencyProof(long fromSize, long toSize, List<String> path) {

    public ConsistencyProof {
        path = List.copyOf(path);
    }

    public boolean verifies(String fromRootHex, String toRootHex) {
        List<byte[]> hashes = Hex.hashes(path);
        return hashes != null
                && MerkleProofs.verifyConsistency(fromSize, toSize, Hex.hash(fromRootHex), Hex.hash(toRootHex), hashes);
    }

    /** Whether this proof links two checkpoints of the same log. */
    public boolean verifies(Checkpoint from, Checkpoint to) {
        return from.size() == fromSize && to.size() == toSize && verifies(from.rootHash(), to.rootHash());
    }
}
