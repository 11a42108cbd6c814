package org.webhookorchestrator.webhook.receiver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts, per idempotency key, what the inbox has done: the data behind the effects probe. */
final class EffectsLedger {

    private final Map<String, Effects> byKey = new ConcurrentHashMap<>();

    void enqueued(String key) {
        byKey.merge(key, new Effects(0, 1, 0), EffectsLedger::sum);
    }

    void processed(String key) {
        byKey.merge(key, new Effects(1, -1, 0), EffectsLedger::sum);
    }

    void deadLettered(String key) {
        byKey.merge(key, new Effects(0, -1, 1), EffectsLedger::sum);
    }

    Effects of(String key) {
        return byKey.getOrDefault(key, Effects.NONE);
    }

    private static Effects sum(Effects a, Effects b) {
        return new Effects(a.processedCount() + b.processedCount(), a.pending() + b.pending(),
                a.deadLettered() + b.deadLettered());
    }
}
