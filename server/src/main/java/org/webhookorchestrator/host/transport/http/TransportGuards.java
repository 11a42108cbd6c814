package org.webhookorchestrator.host.transport.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.auth.OAuthResourceServer;

/**
 * Puts the filters in front of the SDK servlet, in the order that makes each refusal as cheap and as uninformative as
 * possible: clean error bodies around everything; Origin and Host (403) before anything reveals what the server wants;
 * the bearer token (401); the session's owner (404); the concurrency limits (429); then the protocol version, body
 * size and message shape (400, 413). The SDK sees only what passed all of them.
 */
public final class TransportGuards {

    private TransportGuards() {
    }

    public static void install(ServletContextHandler context, String mcpPath,
            ServerTransportSecurityValidator originsAndHosts, HttpAuthentication authentication, HttpLimits limits,
            McpJsonMapper json) {
        add(context, "clean-errors", new CleanErrorFilter(mcpPath, limits.maxRequestBytes()), "/*");
        add(context, "origin-host", new OriginHostFilter(originsAndHosts), mcpPath);
        add(context, "bearer-auth", new BearerAuthFilter(authentication), mcpPath);
        SessionOwners owners = new SessionOwners(limits.maxConcurrentPerSession());
        add(context, "session-owner", new SessionOwnerFilter(owners), mcpPath);
        add(context, "concurrency", new ConcurrencyLimitFilter(limits), mcpPath);
        add(context, "message-screen", new MessageScreenFilter(limits, json), mcpPath);
        authentication.oauth().ifPresent(server -> {
            ServletHolder metadata = new ServletHolder("protected-resource-metadata",
                    new ProtectedResourceMetadataServlet(server));
            context.addServlet(metadata, OAuthResourceServer.METADATA_PATH);
            // RFC 9728 section 3.1: the resource's path appended, so one host can serve several resources.
            context.addServlet(metadata, OAuthResourceServer.METADATA_PATH + mcpPath);
        });
    }

    private static void add(ServletContextHandler context, String name, Filter filter, String path) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setName(name);
        holder.setAsyncSupported(true);
        context.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
    }
}
