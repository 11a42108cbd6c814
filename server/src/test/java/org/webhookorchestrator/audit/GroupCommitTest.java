package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dataDir;

    /** Holds the writer inside its first batch until released, so that the appends after it must queue. */
    static final class GateClock extends Clock {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean first = true;

        @Override
        public Instant instant() {
            if (first) {
                first = false;
                entered.countDown();
                try {
                    released.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return SteppingClock.START;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void appendsQueuedDuringAnFsyncShareTheNextOne() throws Exception {
        GateClock clock = new GateClock();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try (FileAuditLog log = FileAuditLog.open(dataDir, clock, SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO))) {
            List<Future<AuditEntry>> appends = new ArrayList<>();
            appends.add(callers.submit(() -> log.append(AuditRecords.numbered(1))));
            assertThat(clock.entered.await(20, TimeUnit.SECONDS)).isTrue();
            for (int n = 2; n <= 16; n++) {
                AuditRecord record = AuditRecords.numbered(n);
                appends.add(callers.submit(() -> log.append(record)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (log.queuedAppends() < 15 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            clock.released.countDown();
            for (Future<AuditEntry> append : appends) {
                append.get(20, TimeUnit.SECONDS);
            }
            assertThat(log.size()).isEqualTo(16);
            assertThat(log.commits()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void concurrentAppendsGetDistinctConsecutiveSequencesAndOneChain() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try (FileAuditLog log = FileAuditLog.open(dataDir, new SteppingClock(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO).withMaxSegmentBytes(8192))) {
            List<Future<Long>> appends = new ArrayList<>();
            for (int n = 1; n <= 400; n++) {
                AuditRecord record = AuditRecords.numbered(n);
                appends.add(callers.submit(() -> log.append(record).sequence()));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<Long> append : appends) {
                sequences.add(append.get(20, TimeUnit.SECONDS));
            }
            assertThat(sequences).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isBetween(1L, 400L));
            assertThat(log.verify().ok()).isTrue();
        } finally {
            callers.shutdownNow();
        }
    }
}
