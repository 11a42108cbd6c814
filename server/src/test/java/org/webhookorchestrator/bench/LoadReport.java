package org.webhookorchestrator.bench;

import java.util.Locale;

/** What a load run measured: calls, failures, latency percentiles, and the heap after a GC before and after. */
public record LoadReport(int sessions, double seconds, long calls, long errors, double p50Millis, double p99Millis,
        double maxMillis, long heapStartBytes, long heapEndBytes) {

    public double callsPerSecond() {
        return calls / seconds;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d sessions, %.1f s: %d calls, %d errors, %.0f calls/s, latency p50 %.2f ms,"
                + " p99 %.2f ms, max %.2f ms; heap after GC %.1f MiB at start, %.1f MiB at end", sessions, seconds,
                calls, errors, callsPerSecond(), p50Millis, p99Millis, maxMillis, heapStartBytes / 1048576.0,
                heapEndBytes / 1048576.0);
    }
}
