package org.webhookorchestrator.audit;

import java.nio.file.Path;

/**
 * The incomplete last line of a segment or of the checkpoint file: {@code length} bytes at {@code offset} in
 * {@code file}. {@code movedTo} is where recovery put those bytes for inspection (null until recovery moves them).
 */
public record TornTail(Path file, long offset, long length, Path movedTo) {

    TornTail movedTo(Path target) {
        return new TornTail(file, offset, length, target);
    }

    public String describe() {
        return length + " bytes at offset " + offset + " of " + file.getFileName()
                + (movedTo == null ? "" : ", moved to " + movedTo);
    }
}
