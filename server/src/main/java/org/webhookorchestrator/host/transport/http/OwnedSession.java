package org.webhookorchestrator.host.transport.http;

import java.util.concurrent.Semaphore;

/** A live Streamable HTTP session: who opened it, and the permits of its requests in flight. */
final class OwnedSession {

    private final String owner;
    private final Semaphore permits;
    private volatile long lastSeenNanos;

    OwnedSession(String owner, int permits, long nowNanos) {
        this.owner = owner;
        this.permits = new Semaphore(permits);
        this.lastSeenNanos = nowNanos;
    }

    String owner() {
        return owner;
    }

    Semaphore permits() {
        return permits;
    }

    long lastSeenNanos() {
        return lastSeenNanos;
    }

    void seen(long nowNanos) {
        lastSeenNanos = nowNanos;
    }
}
