package org.webhookorchestrator.host.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts JSON-RPC requests read from the client and responses written back, line by line, so that when the client
 * closes its end the server can wait until every request it received has been answered. The SDK dispatches requests
 * asynchronously: without this, a request read just before end of file could be dropped on shutdown.
 */
final class RequestLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long requests;
    private long responses;

    /** Looks at one inbound line: a request has a method and an id. */
    void inbound(byte[] line, int length) {
        JsonNode msg = parse(line, length);
        if (msg != null && msg.has("method") && msg.hasNonNull("id")) {
            synchronized (this) {
                requests++;
            }
        }
    }

    /** Looks at one outbound line: a response has an id and no method. */
    void outbound(byte[] line, int length) {
        JsonNode msg = parse(line, length);
        if (msg != null && !msg.has("method") && msg.has("id")) {
            synchronized (this) {
                responses++;
                notifyAll();
            }
        }
    }

    /** Waits until every request read so far has been answered, at most {@code limit}. */
    synchronized boolean awaitAnswered(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (responses < requests) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized long unanswered() {
        return requests - responses;
    }

    private static JsonNode parse(byte[] line, int length) {
        try {
            JsonNode node = JSON.readTree(line, 0, length);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null; // not JSON: the transport answers it (or not); it is no request of ours to wait for
        }
    }

    /** Splits a byte stream into lines and hands each complete line to a sink. */
    static final class LineSplitter {
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final java.util.function.BiConsumer<byte[], Integer> sink;
        private final int maxLine;

        LineSplitter(java.util.function.BiConsumer<byte[], Integer> sink, int maxLine) {
            this.sink = sink;
            this.maxLine = maxLine;
        }

        synchronized void accept(byte[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    sink.accept(current.toByteArray(), current.size());
                    current.reset();
                } else if (current.size() < maxLine) {
                    current.write(buf[i]);
                }
            }
        }
    }
}
