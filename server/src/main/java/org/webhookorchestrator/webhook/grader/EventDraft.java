package org.webhookorchestrator.webhook.grader;

import java.time.Instant;
import java.util.Objects;
import org.webhookorchestrator.webhook.signature.Delivery;

/**
 * An event ready to be signed: its id, when it happened, and the unsigned request (URL, content type, the idempotency
 * header where the provider has one, the body).
 */
record EventDraft(String eventId, Instant occurredAt, Delivery unsigned) {

    EventDraft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(unsigned, "unsigned");
    }

    EventDraft withBody(byte[] body) {
        return new EventDraft(eventId, occurredAt, unsigned.withBody(body));
    }
}
