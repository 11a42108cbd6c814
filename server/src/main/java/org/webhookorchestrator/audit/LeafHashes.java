package org.webhookorchestrator.audit;

import java.util.ArrayList;
import java.util.List;

/** The Merkle leaf hashes of the log in order, 32 bytes each, packed in chunks so that a million leaves cost 32 MB. */
final class LeafHashes {

    private static final int PER_CHUNK = 1 << 15;

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    static LeafHashes of(List<byte[]> hashes) {
        LeafHashes leaves = new LeafHashes();
        hashes.forEach(leaves::add);
        return leaves;
    }

    void add(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("a leaf hash is 32 bytes, got " + hash.length);
        }
        int slot = (int) (size % PER_CHUNK);
        if (slot == 0) {
            chunks.add(new byte[PER_CHUNK * 32]);
        }
        System.arraycopy(hash, 0, chunks.get(chunks.size() - 1), slot * 32, 32);
        size++;
    }

    byte[] get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + size);
        }
        byte[] out = new byte[32];
        System.arraycopy(chunks.get((int) (index / PER_CHUNK)), (int) (index % PER_CHUNK) * 32, out, 0, 32);
        return out;
    }

    long size() {
        return size;
    }
}
