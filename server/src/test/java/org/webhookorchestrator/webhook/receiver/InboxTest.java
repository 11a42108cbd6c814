package org.webhookorchestrator.webhook.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.webhookorchestrator.webhook.signature.Delivery;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InboxTest {

    private static final DownstreamRetryPolicy FAST =
            new DownstreamRetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), 4);

    private final EffectsLedger ledger = new EffectsLedger();

    @Test
    void a_handler_that_fails_then_recovers_processes_the_delivery_once() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (Inbox inbox = new Inbox(delivery -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("downstream unavailable");
            }
        }, FAST, new SplittableRandom(1), ledger)) {
            inbox.enqueue(accepted("evt_1"));

            Effects effects = awaitIdle("evt_1");
            assertThat(effects).isEqualTo(new Effects(1, 0, 0));
            assertThat(calls).hasValue(3);
        }
    }

    @Test
    void a_handler_that_always_fails_dead_letters_after_the_last_attempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (Inbox inbox = new Inbox(delivery -> {
            calls.incrementAndGet();
            throw new IllegalStateException("downstream rejects it");
        }, FAST, new SplittableRandom(1), ledger)) {
            inbox.enqueue(accepted("evt_2"));

            assertThat(awaitIdle("evt_2")).isEqualTo(new Effects(0, 0, 1));
            assertThat(calls).hasValue(FAST.attempts());
            assertThat(inbox.deadLetters()).extracting(AcceptedDelivery::key).containsExactly("evt_2");
        }
    }

    private Effects awaitIdle(String key) throws InterruptedException {
        while (ledger.of(key).pending() > 0 || ledger.of(key).equals(Effects.NONE)) {
            Thread.sleep(5);
        }
        return ledger.of(key);
    }

    private static AcceptedDelivery accepted(String key) {
        return new AcceptedDelivery(key, Delivery.post("http://127.0.0.1/x", new byte[0]), Instant.EPOCH);
    }
}
