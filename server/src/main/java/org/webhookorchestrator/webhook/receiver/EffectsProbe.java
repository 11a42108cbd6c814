package org.webhookorchestrator.webhook.receiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The effects probe, version {@value #VERSION} (docs/effects-probe.md): {@code GET /_probe/effects?key=K} answers
 * {@code {"probeVersion":1,"key":K,"processedCount":N,"pending":N,"deadLettered":N}}, zeros for a key never seen.
 * It is for staging only: it tells anyone who can reach it which events were processed.
 */
final class EffectsProbe {

    public static final int VERSION = 1;
    static final String PATH_PREFIX = "/_probe/";
    static final String PATH = "/_probe/effects";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EffectsLedger ledger;

    EffectsProbe(EffectsLedger ledger) {
        this.ledger = ledger;
    }

    boolean handle(Request request, Response response, Callback callback) {
        ObjectNode answer = JSON.createObjectNode().put("probeVersion", VERSION);
        if (!PATH.equals(Request.getPathInContext(request))) {
            return write(response, callback, HttpStatus.NOT_FOUND_404, answer.put("error", "no such probe"));
        }
        if (!"GET".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            return write(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, answer.put("error", "use GET"));
        }
        Fields query = Request.extractQueryParameters(request);
        String key = query.getValue("key");
        if (key == null || key.isEmpty()) {
            return write(response, callback, HttpStatus.BAD_REQUEST_400, answer.put("error", "key is required"));
        }
        Effects effects = ledger.of(key);
        answer.put("key", key)
                .put("processedCount", effects.processedCount())
                .put("pending", effects.pending())
                .put("deadLettered", effects.deadLettered());
        return write(response, callback, HttpStatus.OK_200, answer);
    }

    private static boolean write(Response response, Callback callback, int status, ObjectNode body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        try {
            Content.Sink.write(response, true, JSON.writeValueAsString(body), callback);
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
        return true;
    }
}
