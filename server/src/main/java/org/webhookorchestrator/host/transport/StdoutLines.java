package org.webhookorchestrator.host.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Standard output as a sequence of whole JSON-RPC lines. Two threads write to it: the SDK's writer and our input
 * guard, which answers bad lines itself. Each line goes out under one lock, so that the two never interleave bytes.
 */
final class StdoutLines {

    private final OutputStream stdout;

    StdoutLines(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** Writes one line and its line end, then flushes: a client waits for whole lines. */
    synchronized void write(byte[] line) {
        try {
            stdout.write(line);
            stdout.write('\n');
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("standard output is closed", e);
        }
    }

    /**
     * The stream the SDK writes to. It gathers the SDK's bytes up to each line end and hands the whole line, seen
     * first by {@code observer}, to {@link #write}; only the SDK's single writer thread uses it.
     */
    OutputStream sdkStream(Consumer<byte[]> observer) {
        return new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b == '\n') {
                    byte[] line = pending.toByteArray();
                    pending.reset();
                    observer.accept(line);
                    StdoutLines.this.write(line);
                } else {
                    pending.write(b);
                }
            }

            @Override
            public void write(byte[] buf, int off, int len) {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (buf[i] == '\n') {
                        pending.write(buf, start, i - start);
                        write('\n');
                        start = i + 1;
                    }
                }
                pending.write(buf, start, off + len - start);
            }
        };
    }
}
