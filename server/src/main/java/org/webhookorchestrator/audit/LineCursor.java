package org.webhookorchestrator.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry lines of all segments in order, with look-ahead: telling a removed entry from a reordered one needs a
 * glance at the lines that follow.
 */
final class LineCursor implements AutoCloseable {

    private final List<Path> segments;
    private final List<LogLine> ahead = new ArrayList<>();
    private int nextSegment;
    private LineReader reader;

    LineCursor(List<Path> segments) {
        this.segments = segments;
    }

    /** The line {@code distance} ahead of the current one (0 = current), or null past the end. */
    LogLine peek(int distance) {
        while (ahead.size() <= distance) {
            LogLine line = read();
            if (line == null) {
                return null;
            }
            ahead.add(line);
        }
        return ahead.get(distance);
    }

    void advance() {
        if (peek(0) != null) {
            ahead.remove(0);
        }
    }

    /** Whether the current line is the last line of the last segment. */
    boolean atLastLine() {
        return peek(0) != null && peek(1) == null;
    }

    private LogLine read() {
        while (true) {
            if (reader == null) {
                if (nextSegment == segments.size()) {
                    return null;
                }
                reader = new LineReader(segments.get(nextSegment++));
            }
            LogLine line = reader.next();
            if (line != null) {
                return line;
            }
            reader.close();
            reader = null;
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
