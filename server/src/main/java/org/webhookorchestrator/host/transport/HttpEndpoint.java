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
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.McpHost;

/**
 * MCP over Streamable HTTP at {@code /mcp} on embedded Jetty. Bound to loopback unless told otherwise; requests whose
 * Origin or Host is not one of ours are refused with 403, which is what stops a web page from reaching a local server
 * through DNS rebinding.
 */
public final class HttpEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);

    public static final String PATH = "/mcp";

    /** How long calls being served may take to answer when the endpoint closes. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

    private final McpHost host;
    private final Server jetty;
    private final McpSyncServer mcp;
    private final URI uri;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private HttpEndpoint(McpHost host, Server jetty, McpSyncServer mcp, URI uri) {
        this.host = host;
        this.jetty = jetty;
        this.mcp = mcp;
        this.uri = uri;
    }

    /** Where and how to listen. */
    public record Options(String bindAddress, int port, List<String> extraAllowedOrigins, long maxRequestBytes) {
        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, List.of(), 1024 * 1024);
        }
    }

    public static HttpEndpoint start(McpHost host, Options options) throws Exception {
        requireLoopback(options.bindAddress());
        var validator = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(allowedOrigins(options))
                .allowedHosts(List.of("localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1", "[::1]"))
                .build();
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(host.jsonMapper())
                .mcpEndpoint(PATH)
                .keepAliveInterval(Duration.ofSeconds(30))
                .sessionSweepInterval(Duration.ofMinutes(5))
                .disallowDelete(false)
                .maxRequestSize((int) options.maxRequestBytes())
                .httpHeaderValidator(validator)
                .build();
        McpSyncServer mcp = host.serve(transport);

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder("mcp", transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, PATH);
        jetty.setHandler(context);
        jetty.start();
        URI uri = URI.create("http://" + hostLiteral(options.bindAddress()) + ":" + connector.getLocalPort() + PATH);
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

    /** Until authentication exists, a non-loopback address would expose every tool to the network: refuse it. */
    static void requireLoopback(String address) throws UnknownHostException {
        if (!InetAddress.getByName(address).isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing to bind " + address + ": only loopback addresses are allowed "
                    + "until authentication is configured");
        }
    }

    private static String hostLiteral(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
