package org.webhookorchestrator.webhook.receiver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the inbox worker retries the downstream handler: exponential backoff from {@code base}, capped at {@code cap},
 * with full jitter (each delay drawn uniformly from zero to the capped exponential), for at most {@code attempts}
 * calls in all; after the last failure the delivery is dead-lettered.
 *
 * @param base the ceiling of the first retry's delay
 * @param cap the largest ceiling any retry's delay may have
 * @param attempts how many times the handler is called at most, the first call included
 */
public record DownstreamRetryPolicy(Duration base, Duration cap, int attempts) {

    public DownstreamRetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive, got " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap " + cap + " must not be below base " + base);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** The ceiling of the delay before retry number {@code retry} (1 for the first retry): min(cap, base·2^(retry−1)). */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, got " + retry);
        }
        // Past 2^30 the product exceeds any sensible cap; stop doubling there so that nothing overflows.
        long factor = 1L << Math.min(retry - 1, 30);
        Duration exponential = base.multipliedBy(factor);
        return exponential.compareTo(cap) > 0 || exponential.isNegative() ? cap : exponential;
    }

    /** The delay before retry number {@code retry}, drawn with full jitter from {@code random}. */
    public Duration delay(int retry, RandomGenerator random) {
        long ceilingNanos = ceiling(retry).toNanos();
        return Duration.ofNanos(ceilingNanos == 0 ? 0 : random.nextLong(ceilingNanos + 1));
    }

    /** The ceilings of every retry in order: the schedule as the design states it. */
    public List<Duration> schedule() {
        List<Duration> ceilings = new ArrayList<>();
        for (int retry = 1; retry < attempts; retry++) {
            ceilings.add(ceiling(retry));
        }
        return List.copyOf(ceilings);
    }
}
