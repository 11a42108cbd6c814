package org.webhookorchestrator.webhook.receiver;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;

/**
 * The bundled reference receiver: one provider's webhook endpoint on embedded Jetty, bound to loopback, built from a
 * {@link ReceiverSettings} and nothing else. It verifies on the raw bytes, deduplicates on the provider's idempotency
 * key, acknowledges once the delivery is in its in-memory inbox, processes it on a worker with retries and a dead
 * letter, and exposes the effects probe. Deliveries are accepted on any path outside {@code /_probe/}.
 */
public final class ReferenceReceiver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceReceiver.class);
    public static final String WEBHOOK_PATH_PREFIX = "/webhooks/";

    private final Server jetty;
    private final Inbox inbox;
    private final URI baseUri;
    private final String providerId;

    private ReferenceReceiver(Server jetty, Inbox inbox, URI baseUri, String providerId) {
        this.jetty = jetty;
        this.inbox = inbox;
        this.baseUri = baseUri;
        this.providerId = providerId;
    }

    /** Starts on 127.0.0.1:{@code port} (0 picks a free one) with the system clock and a no-op downstream. */
    public static ReferenceReceiver start(ReceiverSettings settings, int port) throws Exception {
        return start(settings, port, Clock.systemUTC(), DownstreamHandler.ACCEPT_ALL, new SecureRandom());
    }

    public static ReferenceReceiver start(ReceiverSettings settings, int port, Clock clock,
            DownstreamHandler downstream, RandomGenerator random) throws Exception {
        Objects.requireNonNull(settings, "settings");
        ProviderEntry provider = ProviderCatalog.loadBuiltIn().find(settings.providerId())
                .orElseThrow(() -> new IllegalArgumentException("unknown provider id: " + settings.providerId()));
        DeliveryVerifier verifier = new DeliveryVerifier(settings, clock);
        EffectsLedger ledger = new EffectsLedger();
        Inbox inbox = new Inbox(downstream, settings.downstreamRetry(), random, ledger);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("receiver-" + provider.id());
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory());
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        // A sender that has not delivered its request within the ack deadline is cut off, not waited for.
        connector.setIdleTimeout(settings.ackDeadline().toMillis());
        jetty.addConnector(connector);
        jetty.setHandler(new ReceiverHandler(provider, settings, verifier,
                new DedupeStore(clock, settings.dedupeTtl()), inbox, new EffectsProbe(ledger), clock));
        try {
            jetty.start();
        } catch (Exception e) {
            inbox.close();
            throw e;
        }
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
        LOG.info("reference receiver for {} ({}) on {}: {}", provider.id(), verifier.schemeId(), base, settings);
        return new ReferenceReceiver(jetty, inbox, base, provider.id());
    }

    /** Where to send deliveries: {@code http://127.0.0.1:PORT/webhooks/<provider>}. */
    public URI webhookUri() {
        return baseUri.resolve(WEBHOOK_PATH_PREFIX + providerId);
    }

    /** The effects probe endpoint, to which the grader appends {@code ?key=}. */
    public URI probeUri() {
        return baseUri.resolve(EffectsProbe.PATH);
    }

    public int port() {
        return baseUri.getPort();
    }

    /** Deliveries the downstream handler never completed, oldest first, for replay by an operator. */
    public List<AcceptedDelivery> deadLetters() {
        return inbox.deadLetters();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            inbox.close();
        }
    }
}
