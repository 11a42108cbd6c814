package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.design.DeadLetter;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * The dead letter behind the retries: what enters it, who hears about it, and how an event comes back. A replay goes
 * through the inbox with the provider's idempotency key unchanged, so a consumer that already applied it sees a
 * duplicate, not a second event.
 */
public final class DeadLetterRule {

    public static final String NAME = "dead-letter";
    public static final String FORMULA = "enter after the last retry or on a non-retryable answer; replay through "
            + "the inbox, key unchanged, at most the sustained rate";
    static final Figure RETENTION = Figure.policy(14L * 86400, Unit.s, "dead-letter-retention",
            "two weeks lets an owner triage after a weekend and a holiday; longer retention must be weighed against "
                    + "the legal constraints on payloads");

    private DeadLetterRule() {
    }

    public static DeadLetter decide(StoreChoice store, List<String> legal, Findings findings) {
        String destination = switch (store.inbox()) {
            case POSTGRESQL -> "table webhook_dead_letter";
            case KAFKA -> "topic webhook-inbox.dead-letter";
            case SQS -> "queue webhook-dead-letter (redrive target)";
            case REDIS -> "stream webhook:dead-letter";
        };
        if (!legal.isEmpty()) {
            findings.ask("Q-dead-letter-retention", "Does keeping dead letters for 14 days comply with: "
                    + String.join("; ", legal) + "?", "dead-letter and inbox retention", Roles.SECURITY);
        }
        List<String> replay = new ArrayList<>();
        replay.add("inspect the dead letter by id: reason, attempts, last error, headers; the body only as the data "
                + "classification allows");
        replay.add("fix the cause (consumer defect, missing reference data, schema change) before replaying");
        replay.add("replay moves the event back to the inbox with attempts reset and the provider's idempotency key "
                + "unchanged; the consumer deduplicates on it");
        replay.add("bulk replays run at no more than the sustained rate, so the consumer is not flooded");
        replay.add("every replay and every discard is recorded in the audit log with who, why and which ids");
        return new DeadLetter(destination, List.of("the last scheduled retry failed",
                "the consumer answered a non-retryable status", "the payload is of an unexpected API version or "
                        + "lacks a field the consumer relies on"),
                "any event entering the dead letter alerts the " + Roles.INTEGRATION_OWNER
                        + "; a growing count pages the " + Roles.SRE, replay, RETENTION);
    }
}
