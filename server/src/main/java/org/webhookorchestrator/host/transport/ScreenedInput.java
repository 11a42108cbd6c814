package org.webhookorchestrator.host.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Standard input as the SDK reads it: only lines that {@link JsonRpcScreen} admits. A line that is not JSON, is too
 * deep, too long, binary, or not a message the SDK can bind is answered here with a JSON-RPC error and never reaches
 * the SDK, whose reader would otherwise stop and leave the client talking to nobody. Blank lines are skipped.
 * Only the SDK's reader thread reads it.
 */
final class ScreenedInput extends InputStream {

    /** How much is read from standard input at once. */
    private static final int CHUNK = 64 * 1024;

    private final InputStream stdin;
    private final JsonRpcScreen screen;
    private final StdoutLines stdout;
    private final Consumer<byte[]> admitted;
    private final Runnable atEndOfInput;
    private final int maxLineBytes;

    private final byte[] chunk = new byte[CHUNK];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overlong;
    private byte[] ready = new byte[0];
    private int readyAt;
    private boolean ended;

    /**
     * @param admitted sees every admitted line before the SDK does
     * @param atEndOfInput runs once when standard input ends, before the SDK is told
     */
    ScreenedInput(InputStream stdin, JsonRpcScreen screen, StdoutLines stdout, int maxLineBytes,
            Consumer<byte[]> admitted, Runnable atEndOfInput) {
        this.stdin = stdin;
        this.screen = screen;
        this.stdout = stdout;
        this.maxLineBytes = maxLineBytes;
        this.admitted = admitted;
        this.atEndOfInput = atEndOfInput;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (readyAt == ready.length) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, ready.length - readyAt);
        System.arraycopy(ready, readyAt, buf, off, n);
        readyAt += n;
        return n;
    }

    @Override
    public int available() {
        return ready.length - readyAt;
    }

    /** Reads until at least one line is admitted or standard input ends. */
    private void fill() throws IOException {
        ByteArrayOutputStream admittedLines = new ByteArrayOutputStream();
        while (admittedLines.size() == 0) {
            int n;
            try {
                n = stdin.read(chunk, 0, chunk.length);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                if (line.size() > 0 || overlong) {
                    take(admittedLines);
                }
                ended = true;
                atEndOfInput.run();
                break;
            }
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    append(start, i);
                    take(admittedLines);
                    start = i + 1;
                }
            }
            append(start, n);
        }
        ready = admittedLines.toByteArray();
        readyAt = 0;
    }

    private void append(int from, int to) {
        int room = maxLineBytes - line.size();
        int n = to - from;
        if (n > room) {
            overlong = true;
            n = Math.max(room, 0);
        }
        line.write(chunk, from, n);
    }

    /** Judges the line gathered so far and starts the next one. */
    private void take(ByteArrayOutputStream admittedLines) {
        byte[] bytes = line.toByteArray();
        boolean tooLong = overlong;
        line.reset();
        overlong = false;
        if (tooLong) {
            stdout.write(JsonRpcRefusal.invalidRequest("message exceeds " + maxLineBytes + " bytes", null).envelope());
            return;
        }
        int length = trimmedLength(bytes);
        if (isBlank(bytes, length)) {
            return;
        }
        Optional<JsonRpcRefusal> refusal = screen.screen(bytes, length);
        if (refusal.isPresent()) {
            if (refusal.get().answered()) {
                stdout.write(refusal.get().envelope());
            }
            return;
        }
        byte[] exact = java.util.Arrays.copyOf(bytes, length);
        // The SDK reads lines with BufferedReader, which also ends a line at a bare CR; in JSON a CR can only be
        // whitespace between tokens (inside a string it must be escaped), so a space says the same.
        for (int i = 0; i < exact.length; i++) {
            if (exact[i] == '\r') {
                exact[i] = ' ';
            }
        }
        admitted.accept(exact);
        admittedLines.write(exact, 0, exact.length);
        admittedLines.write('\n');
    }

    /** A line may end in CR LF; the CR is no part of the message. */
    private static int trimmedLength(byte[] bytes) {
        int length = bytes.length;
        return length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
