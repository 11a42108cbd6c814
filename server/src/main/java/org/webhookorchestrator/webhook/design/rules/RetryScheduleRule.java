package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.RetryAttempt;
import org.webhookorchestrator.webhook.design.RetryPolicy;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * The inbox worker's retries towards a failing consumer: exponential backoff with equal jitter (each delay uniform in
 * [d/2, d]). The base follows the latency objective, so the first retry stays well inside it; the cap is a twelfth of
 * the tolerated outage, so a recovered consumer waits at most that long; the number of retries is the smallest whose
 * jittered lower bounds add up to the outage, so even the earliest possible last retry comes after it.
 */
public final class RetryScheduleRule {

    public static final String BASE = "retry-base";
    public static final String CAP = "retry-cap";
    public static final String RETRIES = "retry-count";
    public static final String SPAN = "retry-span";
    public static final String BASE_FORMULA = "base = clamp(latencyObjective / 10, 100 ms, 1000 ms)";
    public static final String CAP_FORMULA = "cap = clamp(outageTolerance / 12, 60 s, 6 h)";
    public static final String RETRIES_FORMULA = "retries = min n such that sum(i=1..n) floor(min(cap, base * 2^(i-1)) "
            + "/ 2) >= outageTolerance";
    public static final String JITTER = "equal jitter: each delay is drawn uniformly from [delay / 2, delay]";
    static final int MAX_RETRIES = 500;

    private RetryScheduleRule() {
    }

    public static Figure base(Figure latencyObjective) {
        long value = clamp(latencyObjective.millis() / 10, 100, 1000);
        return Figure.derived(value, Unit.ms, new Derivation(BASE, BASE_FORMULA,
                List.of(Term.of("latencyObjective", latencyObjective))));
    }

    public static Figure cap(Figure outageTolerance) {
        long value = clamp(outageTolerance.millis() / 12, 60_000, 6 * 3_600_000L);
        return Figure.derived(value, Unit.ms, new Derivation(CAP, CAP_FORMULA,
                List.of(Term.of("outageTolerance", outageTolerance))));
    }

    /** The un-jittered schedule with its bounds, up to the first retry whose lower bounds outlast the outage. */
    public static List<RetryAttempt> schedule(long baseMillis, long capMillis, long outageMillis) {
        List<RetryAttempt> schedule = new ArrayList<>();
        long cumulative = 0;
        long cumulativeMin = 0;
        long delay = baseMillis;
        for (int retry = 1; retry <= MAX_RETRIES; retry++) {
            long d = Math.min(capMillis, delay);
            cumulative += d;
            cumulativeMin += d / 2;
            schedule.add(new RetryAttempt(retry, d, d / 2, d, cumulative, cumulativeMin));
            if (cumulativeMin >= outageMillis) {
                return schedule;
            }
            delay = d >= capMillis ? capMillis : delay * 2;
        }
        throw new IllegalArgumentException("no schedule of at most " + MAX_RETRIES + " retries outlasts "
                + outageMillis + " ms with base " + baseMillis + " ms and cap " + capMillis + " ms");
    }

    public static RetryPolicy decide(Figure latencyObjective, Figure outageTolerance) {
        Figure base = base(latencyObjective);
        Figure cap = cap(outageTolerance);
        List<RetryAttempt> schedule = schedule(base.value(), cap.value(), outageTolerance.millis());
        Derivation countDerivation = new Derivation(RETRIES, RETRIES_FORMULA, List.of(Term.of("base", base),
                Term.of("cap", cap), Term.of("outageTolerance", outageTolerance)));
        Figure retries = Figure.derived(schedule.size(), Unit.count, countDerivation);
        Figure span = Figure.derived(schedule.get(schedule.size() - 1).cumulativeMinMillis(), Unit.ms,
                new Derivation(SPAN, "span = sum of the lower jitter bounds of every retry",
                        List.of(Term.of("retries", retries))));
        return new RetryPolicy(base, cap, retries, JITTER,
                List.of("consumer answered 5xx or 429 (a Retry-After longer than the next delay replaces it)",
                        "connection refused, reset or timed out"),
                List.of("consumer answered another 4xx: the event cannot succeed unchanged, it goes to the dead "
                        + "letter at once", "the payload fails the tolerant reader's required fields"),
                schedule, span);
    }

    public static TradeOff tradeOff() {
        return new TradeOff("T-jitter", "equal jitter on an exponential backoff, capped",
                List.of("full jitter (uniform in [0, d]): spreads retries best, but a retry may come at once and the "
                        + "schedule guarantees no minimum span", "no jitter: every failed event retries in lockstep "
                        + "after a consumer outage, a retry storm of our own", "a fixed interval: simple, but either "
                        + "hammers a struggling consumer or waits long after it recovered"),
                "equal jitter keeps half of each delay certain, so the earliest possible retries still outlast the "
                        + "tolerated outage, and spreads the other half so recovering consumers are not stampeded");
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
