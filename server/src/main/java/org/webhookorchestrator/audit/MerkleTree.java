package org.webhookorchestrator.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 Merkle tree hashing and proof construction: leaf = SHA-256(0x00 || data), node = SHA-256(0x01 ||
 * left || right), the empty tree hashes to SHA-256 of nothing, and a tree of n > 1 leaves splits at the largest power of
 * two below n. Proofs here are built by recursion over the leaf hashes; checking them is {@link MerkleProofs}'s job.
 */
public final class MerkleTree {

    static final byte[] EMPTY_ROOT = sha256().digest();

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** The root of the tree over leaves [from, to). */
    static byte[] root(LeafHashes leaves, long from, long to) {
        long n = to - from;
        if (n == 0) {
            return EMPTY_ROOT.clone();
        }
        if (n == 1) {
            return leaves.get(from);
        }
        long k = splitPoint(n);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** RFC 9162 2.1.3.1 PATH(m, D[0:size]): the siblings from leaf {@code index} up to the root, bottom first. */
    static List<byte[]> inclusionPath(LeafHashes leaves, long index, long size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        addInclusionPath(leaves, index, 0, size, path);
        return path;
    }

    private static void addInclusionPath(LeafHashes leaves, long index, long from, long to, List<byte[]> path) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = splitPoint(n);
        if (index < k) {
            addInclusionPath(leaves, index, from, from + k, path);
            path.add(root(leaves, from + k, to));
        } else {
            addInclusionPath(leaves, index - k, from + k, to, path);
            path.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 2.1.4.1 PROOF(m, D[0:n]): the hashes showing the tree of m leaves is a prefix of the one of n. */
    static List<byte[]> consistencyPath(LeafHashes leaves, long m, long n) {
        if (m < 0 || m > n || n > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        if (m > 0 && m < n) {
            addSubproof(leaves, m, 0, n, true, path);
        }
        return path;
    }

    private static void addSubproof(LeafHashes leaves, long m, long from, long to, boolean whole, List<byte[]> path) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                path.add(root(leaves, from, to));
            }
            return;
        }
        long k = splitPoint(n);
        if (m <= k) {
            addSubproof(leaves, m, from, from + k, whole, path);
            path.add(root(leaves, from + k, to));
        } else {
            addSubproof(leaves, m - k, from + k, to, false, path);
            path.add(root(leaves, from, from + k));
        }
    }

    /** The largest power of two strictly below n (n >= 2). */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
