package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.webhookorchestrator.host.transport.JsonRpcRefusal;

/**
 * The bodies of every HTTP error this server sends: a JSON-RPC error envelope with id null (or the request's id when
 * the message was read), in fixed words per status, so that no stack trace, path or exception text leaves the server.
 */
final class ErrorReplies {

    private ErrorReplies() {
    }

    /** The refusal a bare status stands for when nothing more specific is known, on the MCP endpoint. */
    static JsonRpcRefusal forStatus(int status) {
        return forStatus(status, true);
    }

    /** As {@link #forStatus(int)}; off the MCP endpoint a 404 is a missing page, not a missing session. */
    static JsonRpcRefusal forStatus(int status, boolean onMcpEndpoint) {
        if (status == 404 && !onMcpEndpoint) {
            return refused("Not found");
        }
        return switch (status) {
            case 400 -> new JsonRpcRefusal(JsonRpcRefusal.INVALID_REQUEST, "Bad Request", null, true);
            case 401 -> refused("Unauthorized");
            case 403 -> refused("Forbidden");
            case 404 -> new JsonRpcRefusal(JsonRpcRefusal.SESSION_NOT_FOUND, "Session not found", null, true);
            case 405 -> refused("Method not allowed");
            case 406 -> refused("Not Acceptable: accept application/json and text/event-stream");
            case 413 -> refused("Request too large");
            case 415 -> refused("Unsupported Media Type: send application/json");
            case 429 -> refused("Too many requests");
            case 503 -> refused("Service unavailable");
            default -> status >= 500 ? refused("Internal error") : refused("Request refused");
        };
    }

    private static JsonRpcRefusal refused(String message) {
        return new JsonRpcRefusal(JsonRpcRefusal.TRANSPORT_REFUSED, message, null, true);
    }

    /** Writes a complete error response; the response must not be committed yet. */
    static void send(HttpServletResponse response, int status, JsonRpcRefusal refusal) throws IOException {
        CleanErrorResponse clean = CleanErrorResponse.find(response);
        if (clean != null) {
            clean.passThrough();
        }
        byte[] body = refusal.envelope();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
