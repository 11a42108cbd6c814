package org.webhookorchestrator.core.remote;

import java.time.Duration;
import java.util.Objects;

/**
 * How a remote dependency is called: timeouts, retries of idempotent calls and the circuit breaker. The defaults are
 * chosen for a dependency on the same network answering in milliseconds; see docs/dependencies.md for why each one.
 *
 * @param connectTimeout how long a TCP connection may take
 * @param callTimeout how long one request (initialize or a tool call) may take to be answered
 * @param maxAttempts attempts of an idempotent call, the first included
 * @param initialBackoff wait before the first retry; each later wait is {@code backoffMultiplier} times longer
 * @param jitter randomization factor of each wait, 0 to 1 (0.5: anywhere from half to one and a half times)
 * @param breakerWindow the last calls over which the failure rate is measured
 * @param breakerMinimumCalls calls needed in the window before the breaker may open
 * @param failureRatePercent failure rate, in percent, at which the breaker opens
 * @param openWait how long the breaker stays open before it lets trial calls through
 * @param halfOpenCalls trial calls let through when half-open; all must succeed for it to close
 */
public record RemotePolicy(Duration connectTimeout, Duration callTimeout, int maxAttempts, Duration initialBackoff,
                           double backoffMultiplier, double jitter, int breakerWindow, int breakerMinimumCalls,
                           float failureRatePercent, Duration openWait, int halfOpenCalls) {

    public RemotePolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(openWait, "openWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, found " + maxAttempts);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), found " + jitter);
        }
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException("backoffMultiplier must be at least 1, found " + backoffMultiplier);
        }
        if (breakerMinimumCalls < 1 || breakerWindow < breakerMinimumCalls) {
            throw new IllegalArgumentException("the breaker window (" + breakerWindow + ") must hold at least its "
                    + "minimum number of calls (" + breakerMinimumCalls + ")");
        }
    }

    public static RemotePolicy defaults() {
        return new RemotePolicy(Duration.ofSeconds(2), Duration.ofSeconds(10), 3, Duration.ofMillis(200), 2.0, 0.5,
                10, 5, 50f, Duration.ofSeconds(30), 2);
    }

    /** The longest an idempotent call can take before its answer or its failure: every attempt and every wait. */
    public Duration worstCase() {
        Duration total = Duration.ZERO;
        double wait = initialBackoff.toMillis();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            // an attempt may need an initialize and the call itself, each bounded by the call timeout
            total = total.plus(callTimeout.multipliedBy(2)).plus(connectTimeout);
            if (attempt < maxAttempts) {
                total = total.plusMillis((long) Math.ceil(wait * (1 + jitter)));
                wait *= backoffMultiplier;
            }
        }
        return total;
    }
}
