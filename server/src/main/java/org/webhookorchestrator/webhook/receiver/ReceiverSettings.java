package org.webhookorchestrator.webhook.receiver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;

/**
 * Everything the reference receiver is configured with, and the only way to configure it: a design artifact will be
 * turned into one of these.
 *
 * @param providerId the catalog id of the provider whose deliveries are received
 * @param secrets the verification secrets by value, in their text form ({@link
 *     org.webhookorchestrator.webhook.signature.ProviderKeys}); several during a rotation, any of which may match.
 *     Held in memory only and never shown by {@link #toString()}
 * @param tolerance how far a signed timestamp may be from the receiver's clock; empty for schemes without one
 * @param dedupeTtl how long an idempotency key is remembered
 * @param ackDeadline how long the provider waits for the acknowledgement; the receiver cuts off a sender that takes
 *     longer than this to deliver its request
 * @param maxBodyBytes the largest body accepted; a longer one is refused with 413
 * @param downstreamRetry how the inbox worker retries the downstream handler before dead-lettering
 */
public record ReceiverSettings(
        String providerId,
        List<String> secrets,
        Optional<Duration> tolerance,
        Duration dedupeTtl,
        Duration ackDeadline,
        long maxBodyBytes,
        DownstreamRetryPolicy downstreamRetry) {

    /** Our default retry policy for the downstream handler: 200 ms doubling to 30 s, 6 calls in all. */
    public static final DownstreamRetryPolicy DEFAULT_RETRY =
            new DownstreamRetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(30), 6);

    public ReceiverSettings {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(secrets, "secrets");
        if (secrets.isEmpty() || secrets.stream().anyMatch(secret -> secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException("at least one secret is needed, and none may be empty");
        }
        secrets = List.copyOf(secrets);
        Objects.requireNonNull(tolerance, "tolerance");
        tolerance.ifPresent(value -> requirePositive("tolerance", value));
        requirePositive("dedupeTtl", Objects.requireNonNull(dedupeTtl, "dedupeTtl"));
        requirePositive("ackDeadline", Objects.requireNonNull(ackDeadline, "ackDeadline"));
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        Objects.requireNonNull(downstreamRetry, "downstreamRetry");
    }

    /** Settings for {@code provider} with every limit at its {@link ProviderDefaults default}. */
    public static ReceiverSettings defaults(ProviderEntry provider, List<String> secrets) {
        return new ReceiverSettings(provider.id(), secrets, ProviderDefaults.tolerance(provider),
                ProviderDefaults.dedupeTtl(provider), ProviderDefaults.ackDeadline(provider),
                ProviderDefaults.maxBodyBytes(provider), DEFAULT_RETRY);
    }

    public ReceiverSettings withDownstreamRetry(DownstreamRetryPolicy policy) {
        return new ReceiverSettings(providerId, secrets, tolerance, dedupeTtl, ackDeadline, maxBodyBytes, policy);
    }

    public ReceiverSettings withDedupeTtl(Duration ttl) {
        return new ReceiverSettings(providerId, secrets, tolerance, ttl, ackDeadline, maxBodyBytes, downstreamRetry);
    }

    public ReceiverSettings withMaxBodyBytes(long bytes) {
        return new ReceiverSettings(providerId, secrets, tolerance, dedupeTtl, ackDeadline, bytes, downstreamRetry);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return "ReceiverSettings[providerId=" + providerId + ", secrets=" + secrets.size() + " redacted, tolerance="
                + tolerance.map(Duration::toString).orElse("none") + ", dedupeTtl=" + dedupeTtl + ", ackDeadline="
                + ackDeadline + ", maxBodyBytes=" + maxBodyBytes + ", downstreamRetry=" + downstreamRetry + "]";
    }
}
