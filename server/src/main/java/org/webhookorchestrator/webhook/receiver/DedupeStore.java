package org.webhookorchestrator.webhook.receiver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency keys seen within the TTL, in memory. {@link #claim} is atomic, so that two copies of one delivery
 * arriving at once (a provider retrying while the first attempt is still in flight) cannot both be enqueued.
 *
 * <p>In memory means a restart forgets every key: a delivery retried across a restart is processed again. A
 * production receiver keeps the keys where the inbox is, in the same transaction.
 */
final class DedupeStore {

    private static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private int claimsSinceSweep;

    DedupeStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** True when {@code key} is new (or its previous claim expired) and is now claimed; false for a duplicate. */
    boolean claim(String key) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        boolean[] claimed = {false};
        expiries.compute(key, (k, expiry) -> {
            if (expiry != null && now.isBefore(expiry)) {
                return expiry;
            }
            claimed[0] = true;
            return now.plus(ttl);
        });
        return claimed[0];
    }

    /** Forgets {@code key}, so that a delivery refused after its claim (inbox full) can be retried. */
    void release(String key) {
        expiries.remove(key);
    }

    int size() {
        return expiries.size();
    }

    private void sweepNowAndThen(Instant now) {
        synchronized (this) {
            if (++claimsSinceSweep < SWEEP_EVERY) {
                return;
            }
            claimsSinceSweep = 0;
        }
        for (Iterator<Map.Entry<String, Instant>> it = expiries.entrySet().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().getValue())) {
                it.remove();
            }
        }
    }
}
