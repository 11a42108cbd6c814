package org.webhookorchestrator.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.HttpEndpoint;

/**
 * Concurrent MCP sessions against the Streamable HTTP endpoint on loopback, each calling {@code webhook_providers}
 * (and a ping every tenth call) back to back through the real SDK client for a fixed time. The server runs in this
 * JVM with its default limits; the heap (server and clients together) is measured after a full GC once the sessions
 * are warm and again at the end.
 *
 * <p>{@code HttpLoad [--sessions N] [--seconds S] [--warmup S]}; {@code bench/load.sh} runs it on the built classes.
 */
public final class HttpLoad {

    /** Latencies kept per session; calls beyond are counted but not sampled, so the heap stays small. */
    static final int SAMPLES_PER_SESSION = 1 << 16;

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = intArg(args, "--sessions", 32);
        int seconds = intArg(args, "--seconds", 60);
        int warmup = intArg(args, "--warmup", 5);
        LoadReport report = run(sessions, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
        System.out.println(report.summary());
        System.exit(report.errors() == 0 ? 0 : 1);
    }

    public static LoadReport run(int sessions, Duration warmup, Duration measured) throws Exception {
        Path data = Files.createTempDirectory("http-load");
        try (Assembly assembly = Assembly.open(data)) {
            HttpEndpoint endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0));
            try {
                return drive(endpoint, sessions, warmup, measured);
            } finally {
                endpoint.close();
            }
        }
    }

    private static LoadReport drive(HttpEndpoint endpoint, int sessions, Duration warmup, Duration measured)
            throws Exception {
        List<McpSyncClient> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                            .builder("http://127.0.0.1:" + endpoint.port()).endpoint(HttpEndpoint.PATH).build())
                    .clientInfo(McpSchema.Implementation.builder("load-" + i, "1").build())
                    .requestTimeout(Duration.ofSeconds(30)).build();
            client.initialize();
            clients.add(client);
        }
        AtomicLong errors = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + measured.toNanos();
        long[] heapStart = new long[1];
        CountDownLatch warm = new CountDownLatch(sessions);
        CountDownLatch measuring = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (McpSyncClient client : clients) {
            long[] samples = new long[SAMPLES_PER_SESSION];
            latencies.add(samples);
            Thread t = new Thread(() -> callUntil(client, warmEnd, end, samples, calls, errors, warm, measuring));
            threads.add(t);
            t.start();
        }
        warm.await();
        heapStart[0] = heapAfterGc();
        measuring.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long heapEnd = heapAfterGc();
        clients.forEach(McpSyncClient::closeGracefully);
        long[] all = latencies.stream().flatMapToLong(s -> Arrays.stream(s).filter(v -> v > 0)).sorted().toArray();
        return new LoadReport(sessions, measured.toMillis() / 1000.0, calls.get(), errors.get(),
                percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                heapStart[0], heapEnd);
    }

    /** Calls until {@code end}; latencies are kept only for calls started after the warm-up. */
    private static void callUntil(McpSyncClient client, long warmEnd, long end, long[] samples, AtomicLong calls,
            AtomicLong errors, CountDownLatch warm, CountDownLatch measuring) {
        int n = 0;
        long call = 0;
        boolean counted = false;
        var lookup = McpSchema.CallToolRequest.builder("webhook_providers")
                .arguments(Map.of("names", List.of("stripe", "github"))).build();
        while (true) {
            long start = System.nanoTime();
            if (start >= end) {
                return;
            }
            if (start >= warmEnd && !counted) {
                counted = true;
                warm.countDown();
                awaitQuietly(measuring);
                continue;
            }
            try {
                if (call++ % 10 == 9) {
                    client.ping();
                } else if (Boolean.TRUE.equals(client.callTool(lookup).isError())) {
                    errors.incrementAndGet();
                }
            } catch (RuntimeException e) {
                errors.incrementAndGet();
            }
            if (counted) {
                calls.incrementAndGet();
                if (n < samples.length) {
                    samples[n++] = System.nanoTime() - start;
                }
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
