package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.artifact.ArtifactId;

class MerkleTreeTest {

    /** RFC 9162 section 2.1.1, written as literally as the text reads, to check the faster code against. */
    static byte[] definitionRoot(List<byte[]> data) {
        if (data.isEmpty()) {
            return ArtifactId.sha256(new byte[0]);
        }
        if (data.size() == 1) {
            byte[] prefixed = new byte[data.get(0).length + 1];
            System.arraycopy(data.get(0), 0, prefixed, 1, data.get(0).length);
            return ArtifactId.sha256(prefixed);
        }
        int k = 1;
        while (k * 2 < data.size()) {
            k *= 2;
        }
        byte[] left = definitionRoot(data.subList(0, k));
        byte[] right = definitionRoot(data.subList(k, data.size()));
        byte[] node = new byte[65];
        node[0] = 1;
        System.arraycopy(left, 0, node, 1, 32);
        System.arraycopy(right, 0, node, 33, 32);
        return ArtifactId.sha256(node);
    }

    static List<byte[]> data(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static LeafHashes leaves(List<byte[]> data) {
        return LeafHashes.of(data.stream().map(MerkleTree::leafHash).toList());
    }

    @Test
    void emptyTreeHashesToSha256OfNothing() {
        assertThat(Hex.of(new TreeFrontier().root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafHashPrefixesZeroByte() {
        assertThat(Hex.of(MerkleTree.leafHash(new byte[0])))
                .isEqualTo(ArtifactId.sha256Hex(new byte[]{0}));
    }

    @Test
    void recursiveRootMatchesTheRfcDefinitionForEverySizeUpTo70() {
        for (int n = 0; n <= 70; n++) {
            List<byte[]> data = data(n);
            assertThat(MerkleTree.root(leaves(data), 0, n)).as("size %d", n).isEqualTo(definitionRoot(data));
        }
    }

    @Test
    void frontierRootMatchesTheRfcDefinitionAfterEveryLeaf() {
        TreeFrontier frontier = new TreeFrontier();
        List<byte[]> data = data(70);
        for (int n = 1; n <= 70; n++) {
            frontier.add(MerkleTree.leafHash(data.get(n - 1)));
            assertThat(frontier.root()).as("size %d", n).isEqualTo(definitionRoot(data.subList(0, n)));
        }
    }

    @Test
    void leafHashesSurviveChunkBoundaries() {
        LeafHashes hashes = new LeafHashes();
        for (int i = 0; i < 40_000; i++) {
            hashes.add(ArtifactId.sha256(new byte[]{(byte) i, (byte) (i >> 8)}));
        }
        assertThat(hashes.get(32_768)).isEqualTo(ArtifactId.sha256(new byte[]{(byte) 32_768, (byte) (32_768 >> 8)}));
        assertThat(Arrays.equals(hashes.get(39_999), hashes.get(39_998))).isFalse();
    }
}
