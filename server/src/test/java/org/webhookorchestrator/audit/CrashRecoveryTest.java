package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that appends from 16 threads at random moments (SIGKILL), twenty times over the same directory.
 * After every kill the log must open, hold every entry the child saw acknowledged, verify, and report any torn tail.
 * A killed process keeps what reached the page cache, so this shows crash consistency of the process, not of the disk.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedEntrySurvivesKillsAtRandomMoments() throws Exception {
        Random random = new Random(20260301L);
        Map<Long, String> acknowledged = new HashMap<>();
        int tornTails = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Map<Long, String> acked = runAndKill(50 + random.nextInt(351));
            acknowledged.putAll(acked);

            try (FileAuditLog log = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE,
                    CrashingAppender.settings().withCheckpointInterval(java.time.Duration.ZERO))) {
                tornTails += log.recovery().movedAside().size();
                for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                    assertThat(log.get(ack.getKey())).as("round %d, acknowledged entry %d", round, ack.getKey())
                            .hasValueSatisfying(e -> assertThat(e.hash()).isEqualTo(ack.getValue()));
                }
                VerificationReport report = log.verify();
                assertThat(report.ok()).as("round %d: %s", round, report.message()).isTrue();
                assertThat(log.recovery().movedAside()).allSatisfy(t -> assertThat(t.movedTo()).exists());
            }
        }
        assertThat(acknowledged).as("the child acknowledged appends").isNotEmpty();
        System.out.printf("crash test: %d rounds, %d acknowledged entries, %d torn tails moved aside%n",
                ROUNDS, acknowledged.size(), tornTails);
    }

    private Map<Long, String> runAndKill(int delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // a short-lived child: quick JIT tiers and no logging back end keep each round's start-up small
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-cp", System.getProperty("java.class.path"), CrashingAppender.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<Long, String> acked = new ConcurrentHashMap<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readAcks(child, acked, ready));
        reader.start();
        try {
            ready.get(30, TimeUnit.SECONDS);
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(30_000);
        }
        return acked;
    }

    private static void readAcks(Process child, Map<Long, String> acked, CompletableFuture<Void> ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("READY")) {
                    ready.complete(null);
                } else if (parts.length == 3 && parts[0].equals("ACK") && parts[2].length() == 64) {
                    acked.put(Long.parseLong(parts[1]), parts[2]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The child died mid-line: what was read before is all it acknowledged.
        } finally {
            ready.complete(null);
        }
    }
}
