package org.webhookorchestrator.host.tool;

import java.util.Objects;

/** One thing wrong with a tool's arguments: the field path ({@code providers[0].name}) and what is wrong there. */
public record Violation(String path, String message) implements Comparable<Violation> {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Violation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
