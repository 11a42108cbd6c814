package org.webhookorchestrator.audit;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of RFC 9162 inclusion (2.1.3.2) and consistency (2.1.4.2) proofs. Every malformed input is a plain
 * {@code false}: a verifier must never accept a proof because it could not make sense of it.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> path, byte[] root) {
        if (leafHash == null || root == null || path == null || index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (p == null || p.length != 32 || sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public static boolean verifyConsistency(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> path) {
        if (firstRoot == null || secondRoot == null || path == null || firstSize < 0 || firstSize > secondSize) {
            return false;
        }
        if (firstSize == secondSize) {
            return path.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (firstSize == 0) {
            // Every tree extends the empty one; the only honest proof is empty.
            return path.isEmpty() && MessageDigest.isEqual(firstRoot, MerkleTree.EMPTY_ROOT);
        }
        if (path.isEmpty()) {
            return false;
        }
        int start = 0;
        byte[] seed;
        if (Long.bitCount(firstSize) == 1) {
            seed = firstRoot;
        } else {
            seed = path.get(0);
            start = 1;
        }
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = seed;
        byte[] sr = seed;
        for (int i = start; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (c == null || c.length != 32 || sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }
}
