package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.webhookorchestrator.host.auth.Caller;

/**
 * Binds each session to the caller that opened it. A request naming a session opened by someone else is answered
 * exactly as one naming no session at all: 404 and "Session not found", so that a session id of another principal
 * cannot even be confirmed to exist.
 */
public final class SessionOwnerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String SESSION = SessionOwnerFilter.class.getName() + ".session";

    private final transient SessionOwners owners;

    SessionOwnerFilter(SessionOwners owners) {
        this.owners = owners;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = (Caller) request.getAttribute(BearerAuthFilter.CALLER);
        String id = request.getHeader(SESSION_HEADER);
        if (id == null) {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    noteNewSession(name, value, caller);
                    super.setHeader(name, value);
                }

                @Override
                public void addHeader(String name, String value) {
                    noteNewSession(name, value, caller);
                    super.addHeader(name, value);
                }
            });
            return;
        }
        OwnedSession session = owners.find(id);
        if (session != null && !session.owner().equals(caller.id())) {
            ErrorReplies.send(response, 404, ErrorReplies.forStatus(404));
            return;
        }
        request.setAttribute(SESSION, session);
        chain.doFilter(request, response);
        boolean ended = "DELETE".equals(request.getMethod()) && response.getStatus() < 300;
        if (session != null && (ended || response.getStatus() == 404)) {
            owners.forget(id);
        }
    }

    private void noteNewSession(String name, String value, Caller caller) {
        if (SESSION_HEADER.equalsIgnoreCase(name) && value != null) {
            owners.bind(value, caller.id());
        }
    }
}
