package org.webhookorchestrator.webhook.grader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.IdempotencyKey;
import org.webhookorchestrator.webhook.catalog.KeyLocation;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;

/**
 * The JSON bodies the emulator sends. Each carries the provider's idempotency field where the catalog says the key is
 * in the body (Mailgun's token is written by its scheme when signing), Linear's signed {@code webhookTimestamp}, an
 * amount that the tampering case changes, and the event id so that bodies of distinct events always differ. SendGrid
 * batches events, so its body is an array of one.
 */
final class EventBodies {

    static final String AMOUNT_FIELD = "\"amount\":4217";
    static final String TAMPERED_AMOUNT_FIELD = "\"amount\":9217";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventBodies() {
    }

    static byte[] body(ProviderEntry provider, String eventId, Instant occurredAt, BodyStyle style) {
        return style == BodyStyle.CANONICAL ? canonical(provider, eventId, occurredAt)
                : nonCanonical(provider, eventId, occurredAt);
    }

    /** The same JSON value written differently: indented, spaced. */
    static byte[] reencoded(byte[] canonical) {
        try {
            JsonNode tree = JSON.readTree(canonical);
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("only a JSON body can be re-encoded", e);
        }
    }

    /** A body of at least {@code length} bytes, canonical JSON padded with a filler field. */
    static byte[] padded(ProviderEntry provider, String eventId, Instant occurredAt, int length) {
        ObjectNode event = event(provider, eventId, occurredAt, "plain");
        int base = write(wrap(provider, event)).length + "\"padding\":\"\",".length();
        event.put("padding", "x".repeat(Math.max(0, length - base)));
        return write(wrap(provider, event));
    }

    private static byte[] canonical(ProviderEntry provider, String eventId, Instant occurredAt) {
        return write(wrap(provider, event(provider, eventId, occurredAt, "plain text")));
    }

    private static ObjectNode event(ProviderEntry provider, String eventId, Instant occurredAt, String note) {
        ObjectNode event = JSON.createObjectNode();
        bodyKey(provider).ifPresent(path -> event.put(path, eventId));
        event.put("type", "grader.test_event");
        event.put("emulatedEventId", eventId);
        if (provider.id().equals("linear")) {
            event.put("webhookTimestamp", occurredAt.toEpochMilli());
        }
        ObjectNode object = event.putObject("data").putObject("object");
        object.put("amount", 4217);
        object.put("note", note);
        return event;
    }

    private static JsonNode wrap(ProviderEntry provider, ObjectNode event) {
        if (!provider.id().equals("sendgrid")) {
            return event;
        }
        ArrayNode batch = JSON.createArrayNode();
        batch.add(event);
        return batch;
    }

    private static byte[] nonCanonical(ProviderEntry provider, String eventId, Instant occurredAt) {
        StringBuilder json = new StringBuilder("{  \"type\" : \"grader.test_event\" ,\n");
        json.append("   \"data\" : { \"object\" : { \"note\" : \"Caf\\u00e9 \\u2603 \\/ \\\"quoted\\\"\" , ")
                .append("\"amount\" : 4217 } },\n");
        if (provider.id().equals("linear")) {
            json.append("   \"webhookTimestamp\" : ").append(occurredAt.toEpochMilli()).append(" ,\n");
        }
        bodyKey(provider).ifPresent(path -> json.append("   \"").append(path).append("\" : \"").append(eventId)
                .append("\" ,\n"));
        json.append("   \"emulatedEventId\":\"").append(eventId).append("\"\n}\n");
        String event = json.toString();
        return (provider.id().equals("sendgrid") ? "[ " + event + " ]\n" : event).getBytes(StandardCharsets.UTF_8);
    }

    /** The top-level body field the catalog names as the idempotency key, where it is one this emulator writes. */
    private static Optional<String> bodyKey(ProviderEntry provider) {
        return provider.idempotencyKey().optionalValue()
                .filter(key -> key.location() == KeyLocation.BODY)
                .map(IdempotencyKey::name)
                .filter(name -> !name.contains("."));
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
