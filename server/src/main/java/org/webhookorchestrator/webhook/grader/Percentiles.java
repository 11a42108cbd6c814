package org.webhookorchestrator.webhook.grader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency percentiles by the nearest-rank method, which reports a latency that was actually observed. */
record Percentiles(Duration p50, Duration p95, Duration p99, Duration max) {

    static Percentiles of(List<Duration> latencies) {
        if (latencies.isEmpty()) {
            throw new IllegalArgumentException("no latencies to summarize");
        }
        List<Duration> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static Duration rank(List<Duration> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return "p50 " + p50.toMillis() + " ms, p95 " + p95.toMillis() + " ms, p99 " + p99.toMillis() + " ms, max "
                + max.toMillis() + " ms";
    }
}
