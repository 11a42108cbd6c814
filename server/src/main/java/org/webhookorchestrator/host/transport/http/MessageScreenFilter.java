package org.webhookorchestrator.host.transport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.webhookorchestrator.host.transport.JsonRpcRefusal;
import org.webhookorchestrator.host.transport.JsonRpcScreen;

/**
 * What the SDK servlet does not check before it parses: the {@code MCP-Protocol-Version} header (400 for one we do
 * not speak, as the transport spec requires), the body size (413, counted as it is read, whatever Content-Length
 * claims), and the message itself, screened by {@link JsonRpcScreen} within the JSON limits (400 with a JSON-RPC
 * error that echoes the request's id when it could be read).
 */
public final class MessageScreenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The versions the SDK's Streamable HTTP transport negotiates. */
    static final Set<String> PROTOCOL_VERSIONS = Set.of("2025-03-26", "2025-06-18", "2025-11-25");

    /**
     * Notifications accepted here and not passed on. This server asks nothing of client roots, yet the SDK answers a
     * roots change by asking the client for its roots over a GET stream; a client without one then gets a 500 for
     * its notification (the HTTP fuzz test found it).
     */
    static final Set<String> ACKNOWLEDGED_ONLY = Set.of("notifications/roots/list_changed");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxRequestBytes;
    private final transient JsonRpcScreen screen;

    public MessageScreenFilter(HttpLimits limits, McpJsonMapper json) {
        this.maxRequestBytes = limits.maxRequestBytes();
        this.screen = new JsonRpcScreen(json, limits.json());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getHeader("MCP-Protocol-Version");
        if (version != null && !PROTOCOL_VERSIONS.contains(version)) {
            ErrorReplies.send(response, 400, new JsonRpcRefusal(JsonRpcRefusal.INVALID_REQUEST,
                    "Bad Request: unsupported MCP-Protocol-Version; this server speaks "
                            + String.join(", ", PROTOCOL_VERSIONS.stream().sorted().toList()), null, true));
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            ErrorReplies.send(response, 413, ErrorReplies.forStatus(413));
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxRequestBytes);
        if (body == null) {
            ErrorReplies.send(response, 413, ErrorReplies.forStatus(413));
            return;
        }
        Optional<JsonRpcRefusal> refusal = screen.screen(body, body.length);
        if (refusal.isPresent()) {
            ErrorReplies.send(response, 400, refusal.get());
            return;
        }
        JsonNode message = JSON.readTree(body);
        if (!message.has("id") && ACKNOWLEDGED_ONLY.contains(message.path("method").asText())) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
            if (body.size() + n > limit) {
                return null;
            }
            body.write(buf, 0, n);
        }
        return body.toByteArray();
    }
}
