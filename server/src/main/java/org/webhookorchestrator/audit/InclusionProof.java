package org.webhookorchestrator.audit;

import java.util.List;

/**
 * Proof that the entry at {@code sequence} is leaf {@code sequence - 1} of the tree of {@code treeSize} entries: the
 * sibling hashes bottom first, as RFC 9162 section 2.1.3 builds them.
 */
public record InclusionProof(long sequence, long treeSize, List<String> path) {

    public InclusionProof {
        path = List.copyOf(path);
    }

    /** Whether this proof ties {@code leafHashHex} (see {@link EntryFormat#leafHash}) to {@code rootHashHex}. */
    public boolean verifies(String leafHashHex, String rootHashHex) {
        List<byte[]> hashes = Hex.hashes(path);
        return hashes != null
                && MerkleProofs.verifyInclusion(Hex.hash(leafHashHex), sequence - 1, treeSize, hashes,
                Hex.hash(rootHashHex));
    }

    /**
     * Whether this proof ties the leaf to a checkpoint's root. The sizes must agree: the RFC 9162 check binds the size
     * only through the shape of the path, so the signed checkpoint is what fixes it.
     */
    public boolean verifies(String leafHashHex, Checkpoint checkpoint) {
        return checkpoint.size() == treeSize && verifies(leafHashHex, checkpoint.rootHash());
    }
}
