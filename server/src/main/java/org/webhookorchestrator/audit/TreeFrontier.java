package org.webhookorchestrator.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The roots of the perfect subtrees that make up a tree of {@code size} leaves, one per set bit of the size, largest
 * first. Adding a leaf merges equal-sized subtrees; the RFC 9162 root folds them from the right. This lets the log and
 * the verifier know the root after every entry in O(log n) memory.
 */
final class TreeFrontier {

    private final List<byte[]> subtreeRoots = new ArrayList<>();
    private long size;

    void add(byte[] leafHash) {
        byte[] carry = leafHash;
        long merged = size;
        while ((merged & 1) == 1) {
            carry = MerkleTree.nodeHash(subtreeRoots.remove(subtreeRoots.size() - 1), carry);
            merged >>>= 1;
        }
        subtreeRoots.add(carry);
        size++;
    }

    long size() {
        return size;
    }

    byte[] root() {
        if (subtreeRoots.isEmpty()) {
            return MerkleTree.EMPTY_ROOT.clone();
        }
        byte[] acc = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            acc = MerkleTree.nodeHash(subtreeRoots.get(i), acc);
        }
        return acc;
    }
}
