package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.auth.Caller;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.auth.TokenRejectedException;
import org.webhookorchestrator.host.transport.JsonRpcRefusal;

/**
 * Establishes who sent each request (RFC 6750 bearer tokens in the Authorization header, nowhere else) and puts the
 * {@link Caller} in a request attribute. Every request is verified, not only the first of a session: the session id
 * is not a credential. Without authentication configured every request comes from {@link Caller#LOCAL}.
 * The token itself goes no further than this filter.
 */
public final class BearerAuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthFilter.class);

    public static final String CALLER = BearerAuthFilter.class.getName() + ".caller";

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +(\\S+) *");

    private final transient HttpAuthentication authentication;

    public BearerAuthFilter(HttpAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!authentication.required()) {
            request.setAttribute(CALLER, Caller.LOCAL);
            chain.doFilter(request, response);
            return;
        }
        if (tokenInQuery(request.getQueryString())) {
            // A token in a URL ends up in logs and browser history; the MCP spec forbids it.
            refuse(response, 400, "invalid_request", "send the token in the Authorization header, not the URL");
            return;
        }
        List<String> headers = Collections.list(request.getHeaders("Authorization"));
        if (headers.isEmpty()) {
            challenge(response);
            return;
        }
        if (headers.size() > 1) {
            refuse(response, 400, "invalid_request", "send one Authorization header");
            return;
        }
        var bearer = BEARER.matcher(headers.get(0));
        if (!bearer.matches()) {
            if (headers.get(0).regionMatches(true, 0, "Bearer", 0, 6)) {
                refuse(response, 401, "invalid_token", "the Authorization header is not 'Bearer <token>'");
            } else {
                challenge(response);
            }
            return;
        }
        Caller caller;
        try {
            caller = authentication.verify(bearer.group(1));
        } catch (TokenRejectedException e) {
            LOG.info("refused a bearer token from {}: {}", request.getRemoteAddr(), e.reason());
            refuse(response, 401, "invalid_token", e.reason().description());
            return;
        }
        request.setAttribute(CALLER, caller);
        chain.doFilter(request, response);
    }

    /** Looks at the query string only: reading parameters could consume a form body meant for someone else. */
    private static boolean tokenInQuery(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("access_token") || pair.startsWith("access_token=")) {
                return true;
            }
        }
        return false;
    }

    /** No credentials at all: the scheme and where to learn more, no error (RFC 6750 section 3.1). */
    private void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", authentication.challenge(null, null));
        ErrorReplies.send(response, 401, ErrorReplies.forStatus(401));
    }

    private void refuse(HttpServletResponse response, int status, String error, String description)
            throws IOException {
        response.setHeader("WWW-Authenticate", authentication.challenge(error, description));
        ErrorReplies.send(response, status, new JsonRpcRefusal(JsonRpcRefusal.TRANSPORT_REFUSED,
                (status == 401 ? "Unauthorized: " : "Bad Request: ") + description, null, true));
    }
}
