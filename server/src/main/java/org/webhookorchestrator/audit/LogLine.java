package org.webhookorchestrator.audit;

import java.nio.file.Path;

/** One line of a segment or checkpoint file as read from disk; {@code terminated} is false for a last line cut short. */
record LogLine(Path file, long offset, byte[] bytes, boolean terminated) {

    /** Bytes on disk, newline included. */
    long span() {
        return bytes.length + (terminated ? 1 : 0);
    }
}
