package org.webhookorchestrator.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.grader.GradeReport;
import org.webhookorchestrator.webhook.grader.GradeTarget;
import org.webhookorchestrator.webhook.grader.Outcome;
import org.webhookorchestrator.webhook.grader.ProgressListener;
import org.webhookorchestrator.webhook.grader.ReceiverGrader;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureScheme;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;
import org.webhookorchestrator.webhook.signature.SigningKey;

/**
 * The receiver grader benchmark (docs/performance.md, "Receiver grader"): the full case suite's wall time against
 * the reference receiver, then burst throughput and ack latency of the reference receiver (verification, dedupe,
 * enqueue) beside a plain Jetty handler that answers 200 without work, in one run, alternating rounds so that
 * warm-up and machine noise fall on both alike. Bounded: a fixed number of deliveries, well under two minutes.
 *
 * <p>Arguments (all optional): deliveries per round (default 5000), concurrency (default 64), rounds (default 3).
 */
public final class ReceiverBench {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    private ReceiverBench() {
    }

    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ProviderEntry stripe = CATALOG.find("stripe").orElseThrow();
        ProviderKeys.KeyText key = ProviderKeys.generate("stripe", new SecureRandom());
        ReceiverSettings settings = ReceiverSettings.defaults(stripe, List.of(key.verification()));
        System.out.printf(Locale.ROOT, "java %s, %d cpus%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
            for (int run = 1; run <= rounds; run++) {
                GradeReport report = new ReceiverGrader(CATALOG, new SecretRedactor()).grade(GradeTarget.forReceiver(
                        settings, receiver.webhookUri(), key.signing(), receiver.probeUri()), ProgressListener.NONE);
                System.out.printf(Locale.ROOT, "suite run %d: %d cases, %d passed, wall %.2f s%n", run,
                        report.results().size(), report.count(Outcome.PASS), report.wallTime().toMillis() / 1000.0);
            }
        }

        Server plain = plainServer();
        HttpClient http = new HttpClient();
        http.setMaxConnectionsPerDestination(concurrency);
        http.start();
        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, 0)) {
            URI plainUri = URI.create("http://127.0.0.1:" + ((ServerConnector) plain.getConnectors()[0]).getLocalPort()
                    + "/webhooks/stripe");
            SigningKey signing = ProviderKeys.signingKey("stripe", key.signing());
            // Warm-up of both servers and the client, not measured.
            burst(http, signed(receiver.webhookUri(), signing, 1000, "warm"), concurrency);
            burst(http, signed(plainUri, signing, 1000, "warm"), concurrency);
            for (int round = 1; round <= rounds; round++) {
                Result plainResult = burst(http, signed(plainUri, signing, deliveries, "p" + round), concurrency);
                Result reference = burst(http, signed(receiver.webhookUri(), signing, deliveries, "r" + round),
                        concurrency);
                System.out.printf(Locale.ROOT, "burst round %d (%d deliveries, %d in flight):%n", round, deliveries,
                        concurrency);
                System.out.println("  plain Jetty 200     " + plainResult);
                System.out.println("  reference receiver  " + reference);
                System.out.printf(Locale.ROOT, "  throughput ratio reference/plain %.2f; p50 ratio %.2f; p99 ratio"
                        + " %.2f%n", reference.perSecond() / plainResult.perSecond(),
                        (double) reference.p50Micros() / plainResult.p50Micros(),
                        (double) reference.p99Micros() / plainResult.p99Micros());
            }
        } finally {
            http.stop();
            plain.stop();
        }
    }

    private static Server plainServer() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                callback.succeeded();
                return true;
            }
        });
        server.start();
        return server;
    }

    /** Distinct Stripe events, signed before the clock starts so that signing is not measured. */
    private static List<Delivery> signed(URI uri, SigningKey key, int count, String tag) {
        SignatureScheme scheme = SignatureSchemes.create(Clock.systemUTC()).forProvider("stripe");
        List<Delivery> deliveries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = "{\"id\":\"evt_bench_" + tag + "_" + i + "\",\"type\":\"bench.event\",\"data\":{\"object\":"
                    + "{\"amount\":4217,\"note\":\"benchmark delivery\"}}}";
            Delivery unsigned = Delivery.builder("POST", uri.toString()).header("Content-Type", "application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8)).build();
            deliveries.add(scheme.sign(unsigned, key, Clock.systemUTC().instant()).delivery());
        }
        return deliveries;
    }

    private static Result burst(HttpClient http, List<Delivery> deliveries, int concurrency) throws Exception {
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(deliveries.size());
        long[] latencies = new long[deliveries.size()];
        AtomicInteger acknowledged = new AtomicInteger();
        long started = System.nanoTime();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            int index = i;
            inFlight.acquire();
            long sent = System.nanoTime();
            var request = http.newRequest(URI.create(delivery.url())).method("POST").timeout(30, TimeUnit.SECONDS)
                    .body(new BytesRequestContent("application/json", delivery.body()));
            for (Map.Entry<String, String> header : delivery.headers().entries()) {
                if (!header.getKey().equalsIgnoreCase("Content-Type")) {
                    request.headers(h -> h.add(header.getKey(), header.getValue()));
                }
            }
            request.send(result -> {
                latencies[index] = System.nanoTime() - sent;
                if (!result.isFailed() && result.getResponse().getStatus() / 100 == 2) {
                    acknowledged.incrementAndGet();
                }
                inFlight.release();
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a burst did not finish within 60 s");
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(latencies);
        return new Result(deliveries.size(), acknowledged.get(), elapsed, latencies);
    }

    private record Result(int sent, int acknowledged, long elapsedNanos, long[] sortedLatencies) {

        double perSecond() {
            return sent / (elapsedNanos / 1e9);
        }

        long p50Micros() {
            return percentile(50);
        }

        long p99Micros() {
            return percentile(99);
        }

        private long percentile(int p) {
            int rank = (int) Math.ceil(p / 100.0 * sortedLatencies.length);
            return sortedLatencies[Math.max(0, rank - 1)] / 1000;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.0f deliveries/s, %d/%d acknowledged, p50 %d us, p99 %d us",
                    perSecond(), acknowledged, sent, p50Micros(), p99Micros());
        }
    }
}
