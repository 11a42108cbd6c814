package org.webhookorchestrator.webhook.receiver;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.catalog.SourcedFact;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;

/**
 * The limits a receiver and its grader assume when nothing else says otherwise: the catalog's fact where it is known,
 * else a stated default of ours. Both sides read these, so that the grader tests the receiver against the limits the
 * receiver was built with.
 */
public final class ProviderDefaults {

    /** Our choice where the provider's timeout is unverified: below every documented timeout but Slack's and Zoom's. */
    public static final Duration FALLBACK_ACK_DEADLINE = Duration.ofSeconds(10);
    /** Our choice where the provider states no payload limit. */
    public static final long FALLBACK_MAX_BODY_BYTES = 1024 * 1024;
    /** Our choice where the provider's retry horizon is unknown or zero (GitHub redelivers only by hand). */
    public static final Duration FALLBACK_DEDUPE_TTL = Duration.ofHours(24);

    private ProviderDefaults() {
    }

    /** How long the provider waits for the acknowledgement. */
    public static Duration ackDeadline(ProviderEntry provider) {
        return known(provider.ackDeadline()).orElse(FALLBACK_ACK_DEADLINE);
    }

    /** The largest body the receiver accepts. */
    public static long maxBodyBytes(ProviderEntry provider) {
        return known(provider.maxPayloadBytes()).orElse(FALLBACK_MAX_BODY_BYTES);
    }

    /** How long a delivery's idempotency key is remembered: the provider's retry horizon, when it has one. */
    public static Duration dedupeTtl(ProviderEntry provider) {
        return known(provider.retryHorizon()).filter(horizon -> !horizon.isZero()).orElse(FALLBACK_DEDUPE_TTL);
    }

    /** The timestamp tolerance of the provider's scheme as implemented here; empty when it signs no timestamp. */
    public static Optional<Duration> tolerance(ProviderEntry provider) {
        return SignatureSchemes.create(Clock.systemUTC()).find(provider.id())
                .flatMap(scheme -> scheme.tolerance());
    }

    private static <T> Optional<T> known(SourcedFact<T> fact) {
        return fact.known() ? Optional.of(fact.value()) : Optional.empty();
    }
}
