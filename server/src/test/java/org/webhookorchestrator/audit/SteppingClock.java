package org.webhookorchestrator.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one step forward each time it is read, so that every entry has its own, predictable time. */
final class SteppingClock extends Clock {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final AtomicLong reads = new AtomicLong();
    private final Duration step;

    SteppingClock(Duration step) {
        this.step = step;
    }

    SteppingClock() {
        this(Duration.ofSeconds(1));
    }

    @Override
    public Instant instant() {
        return START.plus(step.multipliedBy(reads.getAndIncrement()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests read instants only");
    }
}
