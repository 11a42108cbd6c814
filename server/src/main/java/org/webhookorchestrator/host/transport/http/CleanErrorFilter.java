package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost filter: every error that leaves the server is a JSON-RPC envelope in our words. The SDK's transport
 * errors carry a serialized exception with its stack trace (upstream issues 955 and 577); this is the only place
 * that can stop them. An exception thrown below becomes a 500 whose cause is logged here, not sent.
 */
public final class CleanErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CleanErrorFilter.class);

    private final String mcpPath;

    public CleanErrorFilter(String mcpPath) {
        this.mcpPath = mcpPath;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CleanErrorResponse clean = new CleanErrorResponse(response, mcpPath.equals(request.getRequestURI()));
        try {
            chain.doFilter(request, clean);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.toString());
            if (!response.isCommitted()) {
                response.resetBuffer();
                ErrorReplies.send(response, 500, ErrorReplies.forStatus(500));
            }
            return;
        }
        if (!request.isAsyncStarted()) {
            clean.finish();
        }
    }
}
