package org.webhookorchestrator.host.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void inbound(byte[] line) {
        JsonNode msg = parse(line);
        if (msg != null && msg.has("method") && msg.hasNonNull("id")) {
            synchronized (this) {
                requests++;
            }
        }
    }

    /** Looks at one outbound line: a response has an id and no method. */
    void outbound(byte[] line) {
        JsonNode msg = parse(line);
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

    private static JsonNode parse(byte[] line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null; // not JSON: the transport answers it (or not); it is no request of ours to wait for
        }
    }
}
