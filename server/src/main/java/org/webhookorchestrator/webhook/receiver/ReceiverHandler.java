package org.webhookorchestrator.webhook.receiver;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.Headers;
import org.webhookorchestrator.webhook.signature.Verification;

/**
 * One webhook endpoint, in the order that keeps it safe: method, declared size, bounded read, signature over the raw
 * bytes, then (only for an authentic delivery) JSON well-formedness, deduplication and enqueueing, and the
 * acknowledgement last. Statuses: 405 wrong method, 413 too large, 401 not authentic, 400 authentic but not JSON, 2xx
 * accepted or duplicate, 503 inbox full. Nothing the sender controls leads to any other 5xx.
 */
final class ReceiverHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverHandler.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final ProviderEntry provider;
    private final ReceiverSettings settings;
    private final DeliveryVerifier verifier;
    private final DedupeStore dedupe;
    private final Inbox inbox;
    private final EffectsProbe probe;
    private final Clock clock;
    private final int successStatus;

    ReceiverHandler(ProviderEntry provider, ReceiverSettings settings, DeliveryVerifier verifier, DedupeStore dedupe,
            Inbox inbox, EffectsProbe probe, Clock clock) {
        this.provider = provider;
        this.settings = settings;
        this.verifier = verifier;
        this.dedupe = dedupe;
        this.inbox = inbox;
        this.probe = probe;
        this.clock = clock;
        // Discord's webhook events expect 204; every other provider here takes any 2xx or 200.
        this.successStatus = provider.delivery().successStatus().hasValue("204") ? 204 : 200;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (path.startsWith(EffectsProbe.PATH_PREFIX)) {
            return probe.handle(request, response, callback);
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            return answer(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method_not_allowed");
        }
        long declared = request.getLength();
        if (declared > settings.maxBodyBytes()) {
            return tooLarge(response, callback);
        }
        byte[] body;
        try {
            body = readAtMost(request, settings.maxBodyBytes());
        } catch (IOException e) {
            // The sender went away or stalled past the ack deadline: nothing was accepted, so a retry is safe.
            LOG.debug("request body unreadable: {}", e.toString());
            return answer(response, callback, HttpStatus.BAD_REQUEST_400, "body_unreadable");
        }
        if (body == null) {
            return tooLarge(response, callback);
        }
        Delivery delivery = Delivery.builder("POST", request.getHttpURI().asString())
                .headers(headers(request))
                .body(body)
                .build();
        Verification verification = verifier.verify(delivery);
        if (!verification.isOk()) {
            LOG.debug("refused a delivery: {}", verification);
            return answer(response, callback, HttpStatus.UNAUTHORIZED_401,
                    "signature_" + verification.failureReason().orElseThrow().name().toLowerCase(Locale.ROOT));
        }
        if (declaresJson(delivery) && !wellFormedJson(body)) {
            return answer(response, callback, HttpStatus.BAD_REQUEST_400, "malformed_json");
        }
        String key = DedupeKey.of(provider, delivery);
        if (!dedupe.claim(key)) {
            return answer(response, callback, successStatus, "duplicate");
        }
        if (!inbox.enqueue(new AcceptedDelivery(key, delivery, clock.instant()))) {
            dedupe.release(key);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "30");
            return answer(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "inbox_full");
        }
        return answer(response, callback, successStatus, "accepted");
    }

    private boolean tooLarge(Response response, Callback callback) {
        // Closing stops the sender from pushing the rest of an oversize body at us.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        return answer(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "payload_too_large");
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(Request request, long limit) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }
    }

    private static Headers headers(Request request) {
        Headers headers = Headers.empty();
        for (HttpField field : request.getHeaders()) {
            headers = headers.with(field.getName(), field.getValue());
        }
        return headers;
    }

    private static boolean declaresJson(Delivery delivery) {
        return delivery.headers().first("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).contains("json"))
                .orElse(true);
    }

    /** Whether {@code body} is exactly one JSON value; streamed, so that nothing is built. */
    private static boolean wellFormedJson(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean answer(Response response, Callback callback, int status, String outcome) {
        response.setStatus(status);
        if (status == HttpStatus.NO_CONTENT_204) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, "{\"outcome\":\"" + outcome + "\"}", callback);
        return true;
    }
}
