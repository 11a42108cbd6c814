package org.webhookorchestrator.webhook.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DedupeStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final DedupeStore store = new DedupeStore(clock, Duration.ofHours(1));

    @Test
    void a_key_seen_within_the_ttl_is_a_duplicate() {
        assertThat(store.claim("evt_1")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(store.claim("evt_1")).isFalse();
    }

    @Test
    void a_key_is_new_again_once_its_ttl_has_passed() {
        store.claim("evt_1");
        clock.advance(Duration.ofHours(1));
        assertThat(store.claim("evt_1")).isTrue();
    }

    @Test
    void a_released_key_can_be_claimed_again() {
        store.claim("evt_1");
        store.release("evt_1");
        assertThat(store.claim("evt_1")).isTrue();
    }
}
