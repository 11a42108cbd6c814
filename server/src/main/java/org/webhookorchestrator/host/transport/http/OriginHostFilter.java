package org.webhookorchestrator.host.transport.http;

import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refuses, with 403, a request whose Origin or Host is not ours, before anything else looks at it: a page reaching a
 * local server through DNS rebinding must learn nothing, not even that the server wants a token. It runs the SDK's
 * own validator, which the SDK servlet runs again behind it.
 */
public final class OriginHostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient ServerTransportSecurityValidator validator;

    public OriginHostFilter(ServerTransportSecurityValidator validator) {
        this.validator = validator;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        try {
            validator.validateHeaders(headers);
        } catch (ServerTransportSecurityException e) {
            ErrorReplies.send(response, e.getStatusCode(), ErrorReplies.forStatus(e.getStatusCode()));
            return;
        }
        chain.doFilter(request, response);
    }
}
