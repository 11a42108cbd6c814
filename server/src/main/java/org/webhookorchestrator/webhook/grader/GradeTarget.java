package org.webhookorchestrator.webhook.grader;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.ProviderDefaults;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;

/**
 * The receiver to grade and what the grader assumes about it.
 *
 * @param providerId the catalog id of the provider to emulate
 * @param url where deliveries are posted, exactly as the provider would address it (Square, Twilio and HubSpot sign
 *     it)
 * @param signingSecret the secret the emulator signs with, by value, in its text form ({@link
 *     org.webhookorchestrator.webhook.signature.ProviderKeys}); never shown by {@link #toString()}
 * @param probe the receiver's effects probe endpoint (docs/effects-probe.md), when it has one
 * @param ackDeadline how long the provider waits for an acknowledgement
 * @param tolerance the receiver's timestamp tolerance; empty for schemes without a timestamp
 * @param maxBodyBytes the receiver's body limit; the oversize case sends one byte more
 * @param burstSize how many deliveries the burst case sends at once
 */
public record GradeTarget(
        String providerId,
        URI url,
        String signingSecret,
        Optional<URI> probe,
        Duration ackDeadline,
        Optional<Duration> tolerance,
        long maxBodyBytes,
        int burstSize) {

    public static final int DEFAULT_BURST = 50;
    public static final int MAX_BURST = 500;

    public GradeTarget {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(ackDeadline, "ackDeadline");
        Objects.requireNonNull(tolerance, "tolerance");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the target URL must be http or https: " + url);
        }
        if (ackDeadline.isNegative() || ackDeadline.isZero()) {
            throw new IllegalArgumentException("ackDeadline must be positive");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2 GiB, got " + maxBodyBytes);
        }
        if (burstSize < 1 || burstSize > MAX_BURST) {
            throw new IllegalArgumentException("burstSize must be between 1 and " + MAX_BURST + ", got " + burstSize);
        }
    }

    /** A target with the provider's {@link ProviderDefaults defaults} and no probe. */
    public static GradeTarget of(ProviderEntry provider, URI url, String signingSecret) {
        return new GradeTarget(provider.id(), url, signingSecret, Optional.empty(),
                ProviderDefaults.ackDeadline(provider), ProviderDefaults.tolerance(provider),
                ProviderDefaults.maxBodyBytes(provider), DEFAULT_BURST);
    }

    /** A target that assumes exactly the limits {@code settings} configures. */
    public static GradeTarget forReceiver(ReceiverSettings settings, URI url, String signingSecret, URI probe) {
        return new GradeTarget(settings.providerId(), url, signingSecret, Optional.of(probe), settings.ackDeadline(),
                settings.tolerance(), settings.maxBodyBytes(), DEFAULT_BURST);
    }

    public GradeTarget withProbe(URI probeUri) {
        return new GradeTarget(providerId, url, signingSecret, Optional.of(probeUri), ackDeadline, tolerance,
                maxBodyBytes, burstSize);
    }

    public GradeTarget withBurstSize(int size) {
        return new GradeTarget(providerId, url, signingSecret, probe, ackDeadline, tolerance, maxBodyBytes, size);
    }

    public GradeTarget withMaxBodyBytes(long bytes) {
        return new GradeTarget(providerId, url, signingSecret, probe, ackDeadline, tolerance, bytes, burstSize);
    }

    @Override
    public String toString() {
        return "GradeTarget[providerId=" + providerId + ", url=" + url + ", signingSecret=redacted, probe="
                + probe.map(URI::toString).orElse("none") + ", ackDeadline=" + ackDeadline + ", tolerance="
                + tolerance.map(Duration::toString).orElse("none") + ", maxBodyBytes=" + maxBodyBytes
                + ", burstSize=" + burstSize + "]";
    }
}
