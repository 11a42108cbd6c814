package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerkleProofsTest {

    private static final int N = 13;
    private static final LeafHashes TREE = MerkleTreeTest.leaves(MerkleTreeTest.data(N));
    private static final LeafHashes OTHER_TREE = LeafHashes.of(MerkleTreeTest.data(N).stream()
            .map(d -> MerkleTree.leafHash(("other " + new String(d)).getBytes())).toList());

    /** A claimed inclusion: leaf hash, index, tree size, path, root. */
    record Inclusion(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        boolean verifies() {
            return MerkleProofs.verifyInclusion(leaf, index, size, path, root);
        }
    }

    record Consistency(long m, long n, byte[] rootM, byte[] rootN, List<byte[]> path) {
        boolean verifies() {
            return MerkleProofs.verifyConsistency(m, n, rootM, rootN, path);
        }
    }

    static Inclusion honestInclusion(long index, long size) {
        return new Inclusion(TREE.get(index), index, size, MerkleTree.inclusionPath(TREE, index, size),
                MerkleTree.root(TREE, 0, size));
    }

    static Consistency honestConsistency(long m, long n) {
        return new Consistency(m, n, MerkleTree.root(TREE, 0, m), MerkleTree.root(TREE, 0, n),
                MerkleTree.consistencyPath(TREE, m, n));
    }

    @Test
    void everyInclusionProofInEveryTreeUpTo13Verifies() {
        for (long size = 1; size <= N; size++) {
            for (long index = 0; index < size; index++) {
                assertThat(honestInclusion(index, size).verifies()).as("leaf %d of %d", index, size).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTreesUpTo13Verifies() {
        for (long n = 0; n <= N; n++) {
            for (long m = 0; m <= n; m++) {
                assertThat(honestConsistency(m, n).verifies()).as("%d to %d", m, n).isTrue();
            }
        }
    }

    static List<byte[]> flipFirst(List<byte[]> path) {
        List<byte[]> out = new ArrayList<>(path);
        byte[] wrong = out.get(0).clone();
        wrong[0] ^= 1;
        out.set(0, wrong);
        return out;
    }

    static Stream<Arguments> forgedInclusions() {
        Inclusion h = honestInclusion(5, 11);
        Stream<Function<Inclusion, Inclusion>> forgeries = Stream.of(
                p -> new Inclusion(p.leaf(), p.index(), p.size(), flipFirst(p.path()), p.root()),
                p -> new Inclusion(p.leaf(), p.index() + 1, p.size(), p.path(), p.root()),
                p -> new Inclusion(p.leaf(), p.index() - 1, p.size(), p.path(), p.root()),
                p -> shapeChangingSize(),
                p -> new Inclusion(p.leaf(), p.index(), p.index(), p.path(), p.root()),
                p -> new Inclusion(p.leaf(), p.index(), p.size(), p.path().subList(0, p.path().size() - 1), p.root()),
                p -> new Inclusion(p.leaf(), p.index(), p.size(), withExtra(p.path()), p.root()),
                p -> new Inclusion(p.leaf(), p.index(), p.size(), p.path(), MerkleTree.root(OTHER_TREE, 0, p.size())),
                p -> new Inclusion(TREE.get(6), p.index(), p.size(), p.path(), p.root()),
                p -> new Inclusion(p.leaf(), p.size(), p.size(), p.path(), p.root()),
                p -> new Inclusion(p.leaf(), -1, p.size(), p.path(), p.root()),
                p -> new Inclusion(p.leaf(), p.index(), p.size(), List.of(), p.root()),
                p -> new Inclusion(p.leaf(), p.index(), p.size(), reversed(p.path()), p.root()));
        List<String> names = List.of("wrong sibling", "index + 1", "index - 1", "size that changes the path's shape",
                "size not above the index",
                "truncated path", "extra hash", "root of another tree", "another leaf", "index equal to size",
                "negative index", "empty path", "path reversed");
        List<Function<Inclusion, Inclusion>> list = forgeries.toList();
        return Stream.iterate(0, i -> i + 1).limit(list.size())
                .map(i -> Arguments.of(names.get(i), list.get(i).apply(h)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedInclusions")
    void forgedInclusionProofFails(String forgery, Inclusion forged) {
        assertThat(forged.verifies()).isFalse();
    }

    @Test
    void inclusionProofFromAnotherTreeFailsAgainstThisRoot() {
        List<byte[]> foreign = MerkleTree.inclusionPath(OTHER_TREE, 5, 11);
        assertThat(MerkleProofs.verifyInclusion(TREE.get(5), 5, 11, foreign, MerkleTree.root(TREE, 0, 11))).isFalse();
    }

    static Stream<Arguments> forgedConsistencies() {
        Consistency h = honestConsistency(6, 11);
        List<Function<Consistency, Consistency>> forgeries = List.of(
                p -> new Consistency(p.m(), p.n(), p.rootM(), p.rootN(), flipFirst(p.path())),
                p -> new Consistency(p.m(), p.n(), MerkleTree.root(OTHER_TREE, 0, 6), p.rootN(), p.path()),
                p -> new Consistency(p.m(), p.n(), p.rootM(), MerkleTree.root(OTHER_TREE, 0, 11), p.path()),
                p -> new Consistency(p.m(), p.n(), p.rootM(), p.rootN(), p.path().subList(0, p.path().size() - 1)),
                p -> new Consistency(p.m(), p.n(), p.rootM(), p.rootN(), withExtra(p.path())),
                p -> new Consistency(p.m() + 1, p.n(), p.rootM(), p.rootN(), p.path()),
                p -> new Consistency(p.m(), p.n() - 4, p.rootM(), p.rootN(), p.path()),
                p -> new Consistency(p.n(), p.m(), p.rootN(), p.rootM(), p.path()),
                p -> new Consistency(p.m(), p.n(), p.rootM(), p.rootN(), List.of()),
                p -> new Consistency(p.m(), p.n(), p.rootM(), p.rootN(),
                        MerkleTree.consistencyPath(OTHER_TREE, 6, 11)),
                p -> new Consistency(p.n(), p.n(), p.rootN(), p.rootN(), p.path()),
                p -> new Consistency(0, p.n(), MerkleTree.EMPTY_ROOT, p.rootN(), p.path()));
        List<String> names = List.of("wrong hash", "first root of another tree", "second root of another tree",
                "truncated path", "extra hash", "first size + 1", "second size that changes the shape", "sizes swapped", "empty path",
                "path from another tree", "equal sizes with a path", "from empty with a path");
        return Stream.iterate(0, i -> i + 1).limit(forgeries.size())
                .map(i -> Arguments.of(names.get(i), forgeries.get(i).apply(h)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedConsistencies")
    void forgedConsistencyProofFails(String forgery, Consistency forged) {
        assertThat(forged.verifies()).isFalse();
    }

    @Test
    void consistencyFromAPowerOfTwoSizeRejectsAWrongFirstRoot() {
        Consistency h = honestConsistency(8, 13);
        assertThat(new Consistency(8, 13, MerkleTree.root(OTHER_TREE, 0, 8), h.rootN(), h.path()).verifies())
                .isFalse();
    }

    /**
     * RFC 9162 inclusion checking binds the size only through the path's shape: where two sizes give the same shape,
     * the root is what ties the proof to one tree. That is why proofs are checked against a signed checkpoint, whose
     * size must match the proof's.
     */
    @Test
    void inclusionProofForAnotherSizeFailsAgainstACheckpoint() {
        InclusionProof proof = new InclusionProof(6, 12, Hex.all(MerkleTree.inclusionPath(TREE, 5, 11)));
        Checkpoint signedAt11 = new Checkpoint(11, Hex.of(MerkleTree.root(TREE, 0, 11)), SteppingClock.START,
                AuditEntry.GENESIS_HASH, "k", "s");
        assertThat(proof.verifies(Hex.of(TREE.get(5)), signedAt11)).isFalse();
    }

    @Test
    void inclusionProofVerifiesAgainstTheCheckpointOfItsSize() {
        InclusionProof proof = new InclusionProof(6, 11, Hex.all(MerkleTree.inclusionPath(TREE, 5, 11)));
        Checkpoint signedAt11 = new Checkpoint(11, Hex.of(MerkleTree.root(TREE, 0, 11)), SteppingClock.START,
                AuditEntry.GENESIS_HASH, "k", "s");
        assertThat(proof.verifies(Hex.of(TREE.get(5)), signedAt11)).isTrue();
    }

    @Test
    void consistencyProofForAnotherSizeFailsAgainstCheckpoints() {
        ConsistencyProof proof = new ConsistencyProof(6, 12, Hex.all(MerkleTree.consistencyPath(TREE, 6, 11)));
        Checkpoint at6 = new Checkpoint(6, Hex.of(MerkleTree.root(TREE, 0, 6)), SteppingClock.START,
                AuditEntry.GENESIS_HASH, "k", "s");
        Checkpoint at11 = new Checkpoint(11, Hex.of(MerkleTree.root(TREE, 0, 11)), SteppingClock.START,
                AuditEntry.GENESIS_HASH, "k", "s");
        assertThat(proof.verifies(at6, at11)).isFalse();
    }

    @Test
    void proofRecordsRejectHashesThatAreNotHex() {
        InclusionProof proof = new InclusionProof(1, 2, List.of("zz".repeat(32)));
        assertThat(proof.verifies(Hex.of(TREE.get(0)), Hex.of(MerkleTree.root(TREE, 0, 2)))).isFalse();
    }

    /** Leaf 10 of 11 sits alone on the right; in a tree of 12 it has a sibling, so the claimed size must fail. */
    private static Inclusion shapeChangingSize() {
        Inclusion h = honestInclusion(10, 11);
        return new Inclusion(h.leaf(), h.index(), 12, h.path(), h.root());
    }

    private static List<byte[]> withExtra(List<byte[]> path) {
        List<byte[]> out = new ArrayList<>(path);
        out.add(TREE.get(0));
        return out;
    }

    private static List<byte[]> reversed(List<byte[]> path) {
        List<byte[]> out = new ArrayList<>(path);
        java.util.Collections.reverse(out);
        return out;
    }
}
