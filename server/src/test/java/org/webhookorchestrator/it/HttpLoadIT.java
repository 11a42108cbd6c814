package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.webhookorchestrator.bench.HttpLoad;
import org.webhookorchestrator.bench.LoadReport;

/**
 * A short version of {@code bench/load.sh}: concurrent sessions on loopback for a few seconds, with no error and no
 * heap growth beyond noise. Sizes come from -Dload.sessions and -Dload.seconds.
 */
class HttpLoadIT {

    @Test
    @Timeout(60)
    void concurrentSessionsRunWithoutErrorsAndWithoutGrowingTheHeap() throws Exception {
        int sessions = Integer.getInteger("load.sessions", 16);
        int seconds = Integer.getInteger("load.seconds", 8);

        LoadReport report = HttpLoad.run(sessions, Duration.ofSeconds(2), Duration.ofSeconds(seconds));

        System.out.println(report.summary());
        assertThat(report.errors()).isZero();
        assertThat(report.calls()).isPositive();
        assertThat(report.heapEndBytes() - report.heapStartBytes()).as(report.summary())
                .isLessThan(32L * 1024 * 1024);
    }
}
