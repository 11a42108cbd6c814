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
    private final int drainLimit;

    /** @param drainLimit how much of an unread request body is read and dropped to keep the connection usable */
    public CleanErrorFilter(String mcpPath, int drainLimit) {
        this.mcpPath = mcpPath;
        this.drainLimit = drainLimit;
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
            drain(request);
        }
    }

    /**
     * A refusal sent before the body was read leaves the body on the connection; Jetty then closes it, and a client
     * that already sent its next request on it sees the connection drop. Reading the rest keeps it open.
     */
    private void drain(HttpServletRequest request) {
        try {
            var in = request.getInputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; total <= drainLimit && (n = in.read(buf)) >= 0; ) {
                total += n;
            }
        } catch (IOException | IllegalStateException e) {
            // already read through a reader, or the client went away: nothing left to keep
        }
    }
}
