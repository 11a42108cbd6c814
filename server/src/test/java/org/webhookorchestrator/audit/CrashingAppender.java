package org.webhookorchestrator.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of {@link CrashRecoveryTest}: opens the log, prints {@code READY}, then appends from 16 threads
 * until killed, printing {@code ACK <sequence> <hash>} only after each append has returned.
 */
public final class CrashingAppender {

    static final int THREADS = 16;

    static AuditLogSettings settings() {
        return AuditLogSettings.defaults().withMaxSegmentBytes(64 * 1024).withCheckpointInterval(Duration.ofMillis(40));
    }

    public static void main(String[] args) {
        FileAuditLog log = FileAuditLog.open(Path.of(args[0]), Clock.systemUTC(), SecretScreen.NONE, settings());
        System.out.println("READY " + log.size() + " " + log.recovery().movedAside().size());
        AtomicInteger counter = new AtomicInteger();
        for (int t = 0; t < THREADS; t++) {
            Thread writer = new Thread(() -> {
                while (true) {
                    int n = counter.incrementAndGet();
                    AuditEntry entry = log.append(new AuditRecord("design_webhook", "p" + (n % 3), null, null, null,
                            null, null, "accepted", "crash " + n));
                    System.out.println("ACK " + entry.sequence() + " " + entry.hash());
                }
            });
            writer.start();
        }
    }
}
