package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response whose error bodies are ours. Once the status is 400 or more, whatever the SDK or Jetty would write (a
 * serialized exception with its stack trace, an HTML error page) is discarded and {@link ErrorReplies#forStatus} is
 * sent instead. Successful responses, SSE streams included, pass through untouched. Our own filters, whose error
 * bodies are already clean, write through it with {@link #passThrough()}.
 */
final class CleanErrorResponse extends HttpServletResponseWrapper {

    private final boolean onMcpEndpoint;
    private int status = SC_OK;
    private boolean passThrough;
    private boolean replaced;

    CleanErrorResponse(HttpServletResponse response, boolean onMcpEndpoint) {
        super(response);
        this.onMcpEndpoint = onMcpEndpoint;
    }

    /** The clean error wrapper around {@code response}, if there is one. */
    static CleanErrorResponse find(ServletResponse response) {
        ServletResponse current = response;
        while (current instanceof ServletResponseWrapper wrapper) {
            if (current instanceof CleanErrorResponse clean) {
                return clean;
            }
            current = wrapper.getResponse();
        }
        return null;
    }

    void passThrough() {
        passThrough = true;
    }

    private boolean intercepting() {
        return !passThrough && status >= 400;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        if (passThrough) {
            super.sendError(sc, msg);
        } else {
            replace();
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!intercepting()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!intercepting()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(intercepting() && "Content-Length".equalsIgnoreCase(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return intercepting() ? new ReplacedErrorBody(this::replaceUnchecked) : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return intercepting()
                ? new PrintWriter(new OutputStreamWriter(new ReplacedErrorBody(this::replaceUnchecked), StandardCharsets.UTF_8))
                : super.getWriter();
    }

    /** Called when the filter chain returns: an error status set without a body still gets ours. */
    void finish() throws IOException {
        if (intercepting()) {
            replace();
        }
    }

    private void replaceUnchecked() {
        try {
            replace();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void replace() throws IOException {
        if (replaced || isCommitted()) {
            return;
        }
        replaced = true;
        resetBuffer();
        ErrorReplies.send((HttpServletResponse) getResponse(), status, ErrorReplies.forStatus(status, onMcpEndpoint));
    }
}
