package org.webhookorchestrator.host;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the calls being served, so that a shutdown (stdin closed, SIGTERM) lets them finish and answer instead of
 * cutting them off: a client that sent a request and then closed its end still gets its result, and the decision the
 * call recorded is never half-made.
 */
public final class InFlightCalls {

    private int active;

    public synchronized void enter() {
        active++;
    }

    public synchronized void exit() {
        active--;
        if (active == 0) {
            notifyAll();
        }
    }

    /** Waits until no call is being served, at most {@code limit}; returns whether the server went idle. */
    public synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (active > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    public synchronized int active() {
        return active;
    }
}
