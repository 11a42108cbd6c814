package org.webhookorchestrator.host.transport;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import io.modelcontextprotocol.common.McpTransportContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.webhookorchestrator.host.auth.Caller;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.transport.http.BearerAuthFilter;
import org.webhookorchestrator.host.transport.http.HttpLimits;
import org.webhookorchestrator.host.transport.http.PlainErrorHandler;
import org.webhookorchestrator.host.transport.http.TransportGuards;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.McpHost;

/**
 * MCP over Streamable HTTP at {@code /mcp} on embedded Jetty. Bound to loopback unless told otherwise, and to another
 * address only with authentication. In front of the SDK servlet, {@link TransportGuards} refuses a foreign Origin or
 * Host (403, what stops a web page reaching a local server through DNS rebinding), a missing or bad token (401), a
 * session of another caller (404), too many requests at once (429) and oversized or malformed messages (400, 413),
 * and keeps every error body free of stack traces.
 */
public final class HttpEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);

    public static final String PATH = "/mcp";

    /** The key, in a call's transport context, of the authenticated caller's id. */
    public static final String CALLER_KEY = "caller";

    /** How long calls being served may take to answer when the endpoint closes. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

    private final McpHost host;
    private final Server jetty;
    private final McpSyncServer mcp;
    private final URI uri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpEndpoint(McpHost host, Server jetty, McpSyncServer mcp, URI uri) {
        this.host = host;
        this.jetty = jetty;
        this.mcp = mcp;
        this.uri = uri;
    }

    /**
     * Where and how to listen.
     *
     * @param extraAllowedOrigins origins beyond loopback's that browsers may call from ({@code https://app:*})
     * @param extraAllowedHosts Host header values beyond loopback's, as a client reaching a non-loopback bind sends
     */
    public record Options(String bindAddress, int port, List<String> extraAllowedOrigins,
            List<String> extraAllowedHosts, HttpLimits limits, HttpAuthentication authentication) {

        public Options {
            extraAllowedOrigins = List.copyOf(extraAllowedOrigins);
            extraAllowedHosts = List.copyOf(extraAllowedHosts);
        }

        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, List.of(), List.of(), HttpLimits.DEFAULT, HttpAuthentication.none());
        }

        public Options withLimits(HttpLimits newLimits) {
            return new Options(bindAddress, port, extraAllowedOrigins, extraAllowedHosts, newLimits, authentication);
        }

        public Options withAuthentication(HttpAuthentication newAuthentication) {
            return new Options(bindAddress, port, extraAllowedOrigins, extraAllowedHosts, limits, newAuthentication);
        }
    }

    public static HttpEndpoint start(McpHost host, Options options) throws Exception {
        requireAuthenticationBeyondLoopback(options.bindAddress(), options.authentication());
        List<String> hosts = allowedHosts(options);
        var validator = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(allowedOrigins(options))
                .allowedHosts(hosts)
                .build();
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(host.jsonMapper())
                .mcpEndpoint(PATH)
                .keepAliveInterval(Duration.ofSeconds(30))
                .sessionSweepInterval(Duration.ofMinutes(5))
                .disallowDelete(false)
                .maxRequestSize(options.limits().maxRequestBytes())
                .httpHeaderValidator(validator)
                // Tools may learn who called; the bearer token itself stays in the auth filter.
                .contextExtractor(request -> McpTransportContext.create(Map.of(CALLER_KEY,
                        String.valueOf(((Caller) request.getAttribute(BearerAuthFilter.CALLER)).id()))))
                .build();
        McpSyncServer mcp = host.serve(transport);

        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        jetty.setErrorHandler(new PlainErrorHandler());
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder("mcp", transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, PATH);
        TransportGuards.install(context, PATH, validator, options.authentication(), options.limits(),
                host.jsonMapper());
        jetty.setHandler(context);
        jetty.start();
        URI uri = URI.create("http://" + hostLiteral(options.bindAddress()) + ":" + connector.getLocalPort() + PATH);
        HttpLimits limits = options.limits();
        LOG.info("HTTP security: bind {}, authentication {}, allowed origins {}, allowed hosts {}, request body <= {} "
                + "bytes, JSON depth <= {}, strings <= {} chars, in flight <= {} ({} per session)",
                options.bindAddress(), options.authentication().describe(), allowedOrigins(options), hosts,
                limits.maxRequestBytes(), limits.json().maxDepth(), limits.json().maxStringChars(),
                limits.maxConcurrent(), limits.maxConcurrentPerSession());
        LOG.info("serving MCP over Streamable HTTP at {}", uri);
        return new HttpEndpoint(host, jetty, mcp, uri);
    }

    public URI uri() {
        return uri;
    }

    public int port() {
        return uri.getPort();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Lets the calls being served answer, then stops; safe to call more than once (a shutdown hook may race). */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!host.awaitIdle(DRAIN_LIMIT)) {
            LOG.warn("closing with calls still running after {}", DRAIN_LIMIT);
        }
        mcp.closeGracefully();
        jetty.stop();
    }

    private static List<String> allowedOrigins(Options options) {
        List<String> origins = new ArrayList<>(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"));
        origins.addAll(options.extraAllowedOrigins());
        return origins;
    }

    /** Loopback names, the bind address when it is a specific one, the OAuth resource's host, and what was asked. */
    private static List<String> allowedHosts(Options options) throws UnknownHostException {
        List<String> hosts = new ArrayList<>(List.of("localhost:*", "127.0.0.1:*", "[::1]:*",
                "localhost", "127.0.0.1", "[::1]"));
        InetAddress bound = InetAddress.getByName(options.bindAddress());
        if (!bound.isAnyLocalAddress() && !bound.isLoopbackAddress()) {
            hosts.add(hostLiteral(options.bindAddress()) + ":*");
            hosts.add(hostLiteral(options.bindAddress()));
        }
        options.authentication().oauth().ifPresent(o -> {
            hosts.add(o.resource().getHost() + ":*");
            hosts.add(o.resource().getHost());
        });
        hosts.addAll(options.extraAllowedHosts());
        return hosts;
    }

    /** A non-loopback address would expose every tool to the network: only with authentication. */
    static void requireAuthenticationBeyondLoopback(String address, HttpAuthentication authentication)
            throws UnknownHostException {
        if (!InetAddress.getByName(address).isLoopbackAddress() && !authentication.required()) {
            throw new IllegalArgumentException("refusing to bind " + address + ": a non-loopback address needs "
                    + "authentication (--auth-tokens, or --oauth-issuer with --oauth-jwks and --oauth-audience)");
        }
    }

    private static String hostLiteral(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
