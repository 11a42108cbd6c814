package org.webhookorchestrator.webhook.grader;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.webhookorchestrator.webhook.catalog.KeyLocation;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.DedupeKey;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.Headers;
import org.webhookorchestrator.webhook.signature.MailgunScheme;
import org.webhookorchestrator.webhook.signature.SignatureScheme;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;
import org.webhookorchestrator.webhook.signature.SigningKey;

/**
 * Plays the provider: builds events, signs them exactly as the provider's scheme does, and sends them over real HTTP
 * (Jetty's client), with whatever fault a case asks for. Mailgun's token, which is also its idempotency key, is the
 * event id, so that re-signing an event keeps its key as a provider retry would.
 */
final class ProviderEmulator implements AutoCloseable {

    /** A request that gets no answer within the deadline plus this is cut, and recorded as a hang. */
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final String JSON = "application/json";

    private final ProviderEntry provider;
    private final SignatureScheme scheme;
    private final SigningKey key;
    private final Clock clock;
    private final SecureRandom random;
    private final URI url;
    private final HttpClient http;
    private String mailgunToken = "";

    ProviderEmulator(ProviderEntry provider, URI url, SigningKey key, Clock clock, SecureRandom random)
            throws Exception {
        this.provider = provider;
        this.url = url;
        this.key = key;
        this.clock = clock;
        this.random = random;
        this.scheme = provider.id().equals("mailgun")
                ? new MailgunScheme(clock, MailgunScheme.DEFAULT_TOLERANCE, () -> mailgunToken)
                : SignatureSchemes.create(clock).forProvider(provider.id());
        this.http = new HttpClient();
        http.setFollowRedirects(false);
        http.setMaxConnectionsPerDestination(GradeTarget.MAX_BURST);
        http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "webhook-orchestrator-grader"));
        http.start();
    }

    SignatureScheme scheme() {
        return scheme;
    }

    ProviderEntry provider() {
        return provider;
    }

    Instant now() {
        return clock.instant();
    }

    /** A new event, happening now. */
    EventDraft draft(BodyStyle style) {
        return draft(style, clock.instant());
    }

    /** A new event with a fresh id, happening at {@code at} (Linear signs that time inside the body). */
    EventDraft draft(BodyStyle style, Instant at) {
        String eventId = newEventId();
        return draftWithBody(eventId, at, EventBodies.body(provider, eventId, at, style));
    }

    EventDraft draftWithBody(String eventId, Instant at, byte[] body) {
        Delivery.Builder builder = Delivery.builder("POST", url.toString()).header("Content-Type", JSON).body(body);
        provider.idempotencyKey().optionalValue()
                .filter(k -> k.location() == KeyLocation.HEADER)
                .ifPresent(k -> builder.header(k.name(), eventId));
        return new EventDraft(eventId, at, builder.build());
    }

    String newEventId() {
        // Mailgun's tokens are 50 characters; the others' ids are opaque to receivers.
        byte[] bytes = new byte[provider.id().equals("mailgun") ? 25 : 16];
        random.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return provider.id().equals("mailgun") ? hex : "evt_" + hex;
    }

    Delivery sign(EventDraft draft, Instant at) {
        return sign(draft, List.of(key), at);
    }

    /** Signed with each of {@code keys} (a rotation), or with a key of the caller's (a forger's). */
    synchronized Delivery sign(EventDraft draft, List<? extends SigningKey> keys, Instant at) {
        mailgunToken = draft.eventId();
        return scheme.signWithEach(draft.unsigned(), keys, at).delivery();
    }

    /** The idempotency key of {@code delivery}, as the effects probe names it. */
    String keyOf(Delivery delivery) {
        return DedupeKey.of(provider, delivery);
    }

    Exchange send(Delivery delivery, Duration deadline) throws InterruptedException {
        return await(start(delivery, deadline, false), deadline);
    }

    /** Sends {@code delivery} and closes the connection as soon as the request is out, before any response. */
    Exchange sendAndAbandon(Delivery delivery, Duration deadline) throws InterruptedException {
        return await(start(delivery, deadline, true), deadline);
    }

    /** Sends every delivery at once and waits for them all. */
    List<Exchange> sendAtOnce(List<Delivery> deliveries, Duration deadline) throws InterruptedException {
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            pending.add(start(delivery, deadline, false));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (CompletableFuture<Exchange> future : pending) {
            exchanges.add(await(future, deadline));
        }
        return exchanges;
    }

    private CompletableFuture<Exchange> start(Delivery delivery, Duration deadline, boolean abandon) {
        String sent = describe(delivery);
        String contentType = delivery.headers().first("Content-Type").orElse(JSON);
        Request request = http.newRequest(URI.create(delivery.url()))
                .method(delivery.method())
                .timeout(deadline.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)
                .headers(fields -> {
                    for (Map.Entry<String, String> header : delivery.headers().entries()) {
                        if (!header.getKey().equalsIgnoreCase("Content-Type")) {
                            fields.add(header.getKey(), header.getValue());
                        }
                    }
                });
        if (delivery.bodyLength() > 0 || delivery.method().equals("POST")) {
            request.body(new BytesRequestContent(contentType, delivery.body()));
        }
        if (abandon) {
            request.onRequestSuccess(r -> r.abort(new CancellationException("abandoned by the grader once sent")));
        }
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        long started = System.nanoTime();
        request.send(outcome -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            int status = outcome.getResponse() == null ? 0 : outcome.getResponse().getStatus();
            Throwable failure = outcome.getFailure();
            if (abandon || status <= 0) {
                String why = failure == null ? "no status" : failure instanceof TimeoutException
                        ? "timed out" : failure instanceof CancellationException ? "abandoned by the grader"
                        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
                result.complete(new Exchange(sent, abandon ? 0 : status, latency, why));
            } else {
                result.complete(new Exchange(sent, status, latency, null));
            }
        });
        return result;
    }

    private static Exchange await(CompletableFuture<Exchange> future, Duration deadline)
            throws InterruptedException {
        try {
            return future.get(deadline.plus(GRACE).plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new Exchange("(request lost)", 0, deadline.plus(GRACE), e.toString());
        }
    }

    /** Evidence of what was sent: never a header value (GitLab's is the secret itself) nor the body. */
    static String describe(Delivery delivery) {
        URI uri = URI.create(delivery.url());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String digest = DedupeKey.digest(delivery.body());
        return delivery.method() + " " + path + " headers " + delivery.headers().names() + " body "
                + delivery.bodyLength() + " B " + digest.substring(0, Math.min(digest.length(), 19));
    }

    /** {@code delivery} with every header name but Content-Type in another case. */
    static Delivery withHeaderNamesInOtherCase(Delivery delivery) {
        Headers flipped = Headers.empty();
        for (Map.Entry<String, String> header : delivery.headers().entries()) {
            String name = header.getKey();
            if (!name.equalsIgnoreCase("Content-Type")) {
                String upper = name.toUpperCase(Locale.ROOT);
                name = upper.equals(name) ? name.toLowerCase(Locale.ROOT) : upper;
            }
            flipped = flipped.with(name, header.getValue());
        }
        return delivery.withHeaders(flipped);
    }

    @Override
    public void close() throws Exception {
        http.stop();
    }
}
