package org.webhookorchestrator.host.tool;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.skill.api.ToolContext;

/** A {@link ToolContext} over a live MCP exchange: progress goes out as MCP progress notifications. */
final class ExchangeContext implements ToolContext {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeContext.class);

    private final McpSyncServerExchange exchange;
    private final Object progressToken;

    ExchangeContext(McpSyncServerExchange exchange, Object progressToken) {
        this.exchange = exchange;
        this.progressToken = progressToken;
    }

    @Override
    public String session() {
        String id = exchange.sessionId();
        return id == null || id.isBlank() ? "stdio" : id;
    }

    @Override
    public String client() {
        McpSchema.Implementation info = exchange.getClientInfo();
        return info == null ? "unknown" : info.name() + " " + info.version();
    }

    @Override
    public void progress(double done, double total, String message) {
        if (progressToken == null) {
            return;
        }
        try {
            exchange.progressNotification(McpSchema.ProgressNotification.builder(progressToken, done)
                    .total(total).message(message).build());
        } catch (RuntimeException e) {
            // A client that went away must not fail the work it asked for.
            LOG.debug("progress notification not delivered: {}", e.getMessage());
        }
    }
}
