package org.webhookorchestrator.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the newline-separated lines of one file in order, keeping each line's offset. */
final class LineReader implements AutoCloseable {

    private final Path file;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream(512);
    private int position;
    private int limit;
    private long offset;

    LineReader(Path file) {
        this.file = file;
        try {
            this.in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The next line, or null at the end of the file. */
    LogLine next() {
        current.reset();
        while (true) {
            if (position == limit && !fill()) {
                return current.size() == 0 ? null : emit(false);
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            current.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the newline
                return emit(true);
            }
        }
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private LogLine emit(boolean terminated) {
        LogLine line = new LogLine(file, offset, current.toByteArray(), terminated);
        offset += line.span();
        return line;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
