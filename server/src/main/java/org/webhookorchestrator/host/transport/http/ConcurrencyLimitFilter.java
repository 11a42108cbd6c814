package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.webhookorchestrator.host.transport.JsonRpcRefusal;

/**
 * Bounds the POST and DELETE requests in flight, in all and per session; one more is refused at once with 429 and
 * {@code Retry-After}, rather than queued where it would hold memory and a connection while the caller's own timeout
 * runs. The SDK answers a request over an asynchronous SSE stream, so a permit is released when the exchange
 * completes, not when the servlet returns. GET streams wait for server messages and hold no worker: not counted.
 */
public final class ConcurrencyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RETRY_AFTER_SECONDS = "1";

    private final transient Semaphore global;

    public ConcurrencyLimitFilter(HttpLimits limits) {
        this.global = new Semaphore(limits.maxConcurrent());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // Only sessions opened here have permits: an invented session id must not make the map grow.
        OwnedSession session = (OwnedSession) request.getAttribute(SessionOwnerFilter.SESSION);
        Semaphore mine = session == null ? null : session.permits();
        if (mine != null && !mine.tryAcquire()) {
            tooMany(response);
            return;
        }
        if (!global.tryAcquire()) {
            if (mine != null) {
                mine.release();
            }
            tooMany(response);
            return;
        }
        Runnable release = onceOnly(() -> {
            global.release();
            if (mine != null) {
                mine.release();
            }
        });
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseOnCompletion(release));
            } else {
                release.run();
            }
        }
    }

    private static void tooMany(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ErrorReplies.send(response, 429, new JsonRpcRefusal(JsonRpcRefusal.TRANSPORT_REFUSED,
                "Too many requests in flight; retry after " + RETRY_AFTER_SECONDS + " s", null, true));
    }

    private static Runnable onceOnly(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }
}
