package org.webhookorchestrator.audit;

import java.util.Arrays;

/** Where each entry lives: segment number, byte offset and line length, by sequence number. */
final class EntryIndex {

    record Position(int segment, long offset, int length) {
    }

    private int[] segments = new int[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int size;

    void add(int segment, long offset, int length) {
        if (size == segments.length) {
            segments = Arrays.copyOf(segments, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        segments[size] = segment;
        offsets[size] = offset;
        lengths[size] = length;
        size++;
    }

    Position of(long sequence) {
        int i = Math.toIntExact(sequence - 1);
        return new Position(segments[i], offsets[i], lengths[i]);
    }

    long size() {
        return size;
    }
}
