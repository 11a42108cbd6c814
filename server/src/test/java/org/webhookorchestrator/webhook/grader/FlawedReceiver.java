package org.webhookorchestrator.webhook.grader;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.DedupeKey;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.Headers;
import org.webhookorchestrator.webhook.signature.SharedSecret;
import org.webhookorchestrator.webhook.signature.StripeScheme;

/**
 * A small Stripe receiver on 127.0.0.1 with at most one {@link Flaw}, processing inline, with an effects probe. Small
 * on purpose: it shows that each case catches a defect in any receiver, not only in variations of the reference one.
 */
final class FlawedReceiver implements AutoCloseable {

    static final String SECRET = "whsec_flawed_receiver_test_secret";
    static final long MAX_BODY_BYTES = 64 * 1024;
    static final Duration SLOW_PROCESSING = Duration.ofSeconds(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ProviderEntry STRIPE = ProviderCatalog.loadBuiltIn().find("stripe").orElseThrow();

    private final Server jetty;
    private final URI base;

    private FlawedReceiver(Server jetty, URI base) {
        this.jetty = jetty;
        this.base = base;
    }

    static FlawedReceiver start(Flaw flaw) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(new FlawedHandler(flaw));
        jetty.start();
        return new FlawedReceiver(jetty, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    URI webhookUri() {
        return base.resolve("/webhooks/stripe");
    }

    URI probeUri() {
        return base.resolve("/_probe/effects");
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    private static final class FlawedHandler extends Handler.Abstract {

        private final Flaw flaw;
        private final StripeScheme scheme;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicLong> processed = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> inFlight = new ConcurrentHashMap<>();

        FlawedHandler(Flaw flaw) {
            this.flaw = flaw;
            Duration tolerance = flaw == Flaw.IGNORES_TIMESTAMPS ? Duration.ofDays(36_500)
                    : StripeScheme.DEFAULT_TOLERANCE;
            this.scheme = new StripeScheme(Clock.systemUTC(), tolerance);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (Request.getPathInContext(request).equals("/_probe/effects")) {
                String key = Request.extractQueryParameters(request).getValue("key");
                return answer(response, callback, 200, "{\"probeVersion\":1,\"key\":" + JSON.writeValueAsString(key)
                        + ",\"processedCount\":" + count(processed, key) + ",\"pending\":" + count(inFlight, key)
                        + ",\"deadLettered\":0}");
            }
            if (!request.getMethod().equals("POST")) {
                return answer(response, callback, 405, "{}");
            }
            if (request.getLength() > MAX_BODY_BYTES) {
                return answer(response, callback, 413, "{}");
            }
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readAllBytes();
            } catch (IOException e) {
                return answer(response, callback, 400, "{}");
            }
            Headers headers = Headers.empty();
            for (HttpField field : request.getHeaders()) {
                headers = headers.with(field.getName(), field.getValue());
            }
            Delivery delivery = Delivery.builder("POST", request.getHttpURI().asString()).headers(headers)
                    .body(body).build();
            if (flaw != Flaw.SKIPS_VERIFICATION) {
                Delivery checked = delivery;
                if (flaw == Flaw.VERIFIES_RESERIALIZED_JSON) {
                    try {
                        checked = delivery.withBody(JSON.writeValueAsBytes(JSON.readTree(body)));
                    } catch (IOException e) {
                        return answer(response, callback, 400, "{}");
                    }
                }
                if (!scheme.verify(checked, SharedSecret.utf8(SECRET)).isOk()) {
                    return answer(response, callback, 401, "{}");
                }
            }
            try {
                JSON.readTree(body);
            } catch (IOException e) {
                return answer(response, callback, flaw == Flaw.ANSWERS_5XX_ON_MALFORMED_JSON ? 500 : 400, "{}");
            }
            String key = DedupeKey.of(STRIPE, delivery);
            if (flaw == Flaw.PROCESSES_BEFORE_ACK_SLOWLY) {
                if (seen.contains(key)) {
                    return answer(response, callback, 200, "{}");
                }
                counter(inFlight, key).incrementAndGet();
                Thread.sleep(SLOW_PROCESSING.toMillis());
                counter(processed, key).incrementAndGet();
                seen.add(key);
                counter(inFlight, key).decrementAndGet();
                return answer(response, callback, 200, "{}");
            }
            if (flaw != Flaw.NO_DEDUPE && !seen.add(key)) {
                return answer(response, callback, 200, "{}");
            }
            counter(processed, key).incrementAndGet();
            return answer(response, callback, 200, "{}");
        }

        private static AtomicLong counter(Map<String, AtomicLong> counters, String key) {
            return counters.computeIfAbsent(key, k -> new AtomicLong());
        }

        private static long count(Map<String, AtomicLong> counters, String key) {
            AtomicLong value = counters.get(key);
            return value == null ? 0 : value.get();
        }

        private static boolean answer(Response response, Callback callback, int status, String json) {
            response.setStatus(status);
            response.getHeaders().put("Content-Type", "application/json");
            Content.Sink.write(response, true, json, callback);
            return true;
        }
    }
}
