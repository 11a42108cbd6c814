package org.webhookorchestrator.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures durable appends per second with 1 and 16 concurrent writers, alternating the two in every trial so that
 * both see the same disk and the same background load, and verification speed over a log of 100,000 entries. Run it
 * with {@code bench/audit.sh}; it prints medians and the machine it ran on. Not a test: nothing here asserts a time.
 */
public final class AuditLogBenchmark {

    private static final int[] WRITERS = {1, 16};

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "server/target/audit-bench");
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        int verifyEntries = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        deleteTree(root);
        Files.createDirectories(root);
        System.out.printf("machine: %d cores, %s %s, %s; directory %s (%s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), root.toAbsolutePath(),
                Files.getFileStore(root).type());
        System.out.printf("append trials: %d x %.1f s per writer count, after a 1 s warm-up each%n", trials, seconds);

        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
        List<Double> ratios = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            double[] perTrial = new double[WRITERS.length];
            for (int w = 0; w < WRITERS.length; w++) {
                Path dir = root.resolve("append-" + trial + "-" + WRITERS[w]);
                Result r = appendRun(dir, WRITERS[w], seconds);
                perTrial[w] = r.perSecond();
                rates.get(w).add(r.perSecond());
                System.out.printf("  trial %d, %2d writer(s): %8.0f appends/s, %5.1f entries per fsync%n",
                        trial, WRITERS[w], r.perSecond(), r.entriesPerFsync());
                deleteTree(dir);
            }
            ratios.add(perTrial[1] / perTrial[0]);
        }
        double one = median(rates.get(0));
        double sixteen = median(rates.get(1));
        System.out.printf("median durable appends/s:  1 writer %.0f, 16 writers %.0f; ratio of medians %.1fx,"
                + " median per-trial ratio %.1fx%n", one, sixteen, sixteen / one, median(ratios));

        Path verifyDir = root.resolve("verify");
        long filled = fill(verifyDir, verifyEntries);
        Path auditDir = verifyDir.resolve("audit");
        AuditVerifier.withKeyBesideLog(auditDir).verify(); // warm-up
        List<Double> verifyRates = new ArrayList<>();
        List<Double> openMillis = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            long start = System.nanoTime();
            VerificationReport report = AuditVerifier.withKeyBesideLog(auditDir).verify();
            double secondsTaken = (System.nanoTime() - start) / 1e9;
            if (!report.ok() || report.entriesChecked() != filled) {
                throw new IllegalStateException("benchmark log did not verify: " + report.message());
            }
            verifyRates.add(filled / secondsTaken);
            start = System.nanoTime();
            try (FileAuditLog log = FileAuditLog.open(verifyDir, Clock.systemUTC(), SecretScreen.NONE,
                    AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO))) {
                openMillis.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("  verify trial %d: %8.0f entries/s, open (verify + index) %.0f ms%n",
                    trial, verifyRates.get(verifyRates.size() - 1), openMillis.get(openMillis.size() - 1));
        }
        System.out.printf("median verification: %.0f entries/s over %d entries (%.1f MB); median open %.0f ms%n",
                median(verifyRates), filled, bytes(auditDir) / 1e6, median(openMillis));
        deleteTree(root);
    }

    record Result(double perSecond, double entriesPerFsync) {
    }

    private static Result appendRun(Path dir, int writers, double seconds) throws InterruptedException {
        try (FileAuditLog log = FileAuditLog.open(dir, Clock.systemUTC(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO))) {
            run(log, writers, 1.0);
            long entriesBefore = log.size();
            long commitsBefore = log.commits();
            long done = run(log, writers, seconds);
            double perFsync = (double) (log.size() - entriesBefore) / (log.commits() - commitsBefore);
            return new Result(done / seconds, perFsync);
        }
    }

    /** Appends from {@code writers} threads for about {@code seconds}; returns how many appends returned. */
    private static long run(FileAuditLog log, int writers, double seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicInteger n = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(writers);
        for (int t = 0; t < writers; t++) {
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    log.append(AuditRecords.numbered(n.incrementAndGet()));
                    done.incrementAndGet();
                }
                finished.countDown();
            });
            writer.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        long counted = done.get();
        finished.await();
        return counted;
    }

    private static long fill(Path dataDir, int entries) throws InterruptedException {
        AtomicInteger n = new AtomicInteger();
        try (FileAuditLog log = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO).withMaxBatch(4096))) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                Thread writer = new Thread(() -> {
                    while (n.incrementAndGet() <= entries) {
                        log.append(AuditRecords.numbered(n.get()));
                    }
                });
                writer.start();
                threads.add(writer);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return log.size();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
