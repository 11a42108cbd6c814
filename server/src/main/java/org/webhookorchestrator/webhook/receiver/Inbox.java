package org.webhookorchestrator.webhook.receiver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory inbox between the acknowledgement and the downstream handler. A delivery counts as durably enqueued
 * once {@link #enqueue} returns; <b>in memory that means until this process stops</b>: a crash loses what is queued,
 * and a production receiver writes to a database or a log before acknowledging instead. Workers call the handler,
 * retry failures on the {@link DownstreamRetryPolicy} and dead-letter after the last attempt.
 */
final class Inbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    /** Deliveries waiting beyond this are refused (503, which providers retry) rather than growing without end. */
    static final int CAPACITY = 10_000;
    private static final int WORKERS = 4;

    private final DownstreamHandler handler;
    private final DownstreamRetryPolicy retry;
    private final RandomGenerator random;
    private final EffectsLedger ledger;
    private final ScheduledExecutorService workers;
    private final List<AcceptedDelivery> deadLetters = new ArrayList<>();
    private int queued;

    Inbox(DownstreamHandler handler, DownstreamRetryPolicy retry, RandomGenerator random, EffectsLedger ledger) {
        this.handler = handler;
        this.retry = retry;
        this.random = random;
        this.ledger = ledger;
        this.workers = Executors.newScheduledThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "inbox-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Enqueues {@code delivery}; false when the inbox is full or closed, and nothing was enqueued. */
    boolean enqueue(AcceptedDelivery delivery) {
        synchronized (this) {
            if (queued >= CAPACITY) {
                return false;
            }
            queued++;
        }
        ledger.enqueued(delivery.key());
        try {
            workers.execute(() -> attempt(delivery, 1));
            return true;
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                queued--;
            }
            ledger.deadLettered(delivery.key());
            return false;
        }
    }

    synchronized List<AcceptedDelivery> deadLetters() {
        return List.copyOf(deadLetters);
    }

    private void attempt(AcceptedDelivery delivery, int attempt) {
        try {
            handler.handle(delivery);
            ledger.processed(delivery.key());
            finished();
        } catch (Exception e) {
            if (attempt >= retry.attempts()) {
                LOG.warn("delivery {} dead-lettered after {} attempts: {}", delivery.key(), attempt, e.toString());
                synchronized (this) {
                    deadLetters.add(delivery);
                }
                ledger.deadLettered(delivery.key());
                finished();
                return;
            }
            Duration delay = retry.delay(attempt, random);
            try {
                workers.schedule(() -> attempt(delivery, attempt + 1), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closing) {
                ledger.deadLettered(delivery.key());
                finished();
            }
        }
    }

    private synchronized void finished() {
        queued--;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
