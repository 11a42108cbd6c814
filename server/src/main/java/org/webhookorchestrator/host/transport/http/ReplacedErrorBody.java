package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/** Takes the place of an error body we do not let out: its first byte sends ours instead, the rest is dropped. */
final class ReplacedErrorBody extends ServletOutputStream {

    /** Sends the replacement; does nothing after the first time. */
    private final Runnable replacement;

    ReplacedErrorBody(Runnable replacement) {
        this.replacement = replacement;
    }

    @Override
    public void write(int b) {
        replacement.run();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > 0) {
            write(b[off]);
        }
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new IllegalStateException("error bodies are written synchronously");
    }
}
