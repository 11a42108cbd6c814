package org.webhookorchestrator.webhook.signature;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How far a signed timestamp may be from the receiver's clock, in either direction. Checking the future too (which
 * some provider SDKs skip) stops a captured request dated ahead from staying replayable for longer than the tolerance.
 */
final class ReplayWindow {

    // Up to 18 digits cannot overflow a long; signs, spaces and fractions are refused as providers never send them.
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final Clock clock;
    private final Duration tolerance;

    ReplayWindow(Clock clock, Duration tolerance) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("a tolerance must be positive, got " + tolerance);
        }
    }

    Duration tolerance() {
        return tolerance;
    }

    /** Ok when {@code signedAt} is within the tolerance of now, inclusive at both ends. */
    Verification check(Instant signedAt) {
        Instant now = clock.instant();
        Duration age = Duration.between(signedAt, now);
        if (age.compareTo(tolerance) > 0) {
            return Verification.failed(FailureReason.TIMESTAMP_TOO_OLD,
                    "signed " + age.toSeconds() + " s ago, tolerance is " + tolerance.toSeconds() + " s");
        }
        if (age.negated().compareTo(tolerance) > 0) {
            return Verification.failed(FailureReason.TIMESTAMP_IN_FUTURE,
                    "signed " + age.negated().toSeconds() + " s ahead of this clock, tolerance is "
                            + tolerance.toSeconds() + " s");
        }
        return Verification.ok();
    }

    /** A Unix timestamp in seconds, as most schemes send it. */
    static Optional<Instant> parseEpochSeconds(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (DateTimeException e) {
            return Optional.empty(); // beyond year 1 000 000 000: no clock will ever get there
        }
    }

    /** A Unix timestamp in milliseconds (HubSpot, Linear). */
    static Optional<Instant> parseEpochMillis(String text) {
        return DIGITS.matcher(text).matches() ? Optional.of(Instant.ofEpochMilli(Long.parseLong(text)))
                : Optional.empty();
    }
}
