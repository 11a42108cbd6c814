package org.webhookorchestrator.host.transport.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.webhookorchestrator.host.auth.OAuthResourceServer;

/**
 * RFC 9728 protected resource metadata: which resource this is, which authorization server issues its tokens and
 * how to present them. Public, as clients read it before they hold a token; it names no key and no secret.
 */
public final class ProtectedResourceMetadataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] document;

    public ProtectedResourceMetadataServlet(OAuthResourceServer server) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("resource", server.resource().toString());
        root.putArray("authorization_servers").add(server.issuer().toString());
        root.putArray("bearer_methods_supported").add("header");
        root.put("resource_name", "Webhook Orchestrator");
        this.document = root.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "max-age=300");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
