package org.webhookorchestrator.webhook.grader;

/** How an event's JSON is written on the wire. */
enum BodyStyle {
    /**
     * Exactly what Jackson writes back after parsing: compact, ASCII only. A receiver that re-serializes before
     * verifying gets the same bytes, so only the cases meant for that defect use anything else.
     */
    CANONICAL,
    /** Extra spaces, an unusual key order, escaped unicode and an escaped slash, as some senders write JSON. */
    NON_CANONICAL
}
