package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Acknowledgement;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * The receiver's ack deadline: half the provider's timeout. The other half is margin for what the receiver does not
 * control and the provider's clock still counts: connection set-up and TLS, transit both ways, load-balancer queueing,
 * a garbage-collection pause. Half of any positive timeout is strictly under it.
 */
public final class AckDeadlineRule {

    public static final String NAME = "ack-deadline";
    public static final String FORMULA = "deadline = floor(timeout / 2) ms; margin = timeout - deadline";

    private AckDeadlineRule() {
    }

    public static Figure deadline(Figure timeout) {
        long timeoutMillis = timeout.millis();
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("a provider timeout is positive, got " + timeoutMillis + " ms");
        }
        return Figure.derived(timeoutMillis / 2, Unit.ms,
                new Derivation(NAME, FORMULA, List.of(Term.of("timeout", timeout))));
    }

    public static TradeOff tradeOff() {
        return new TradeOff("T-ack-deadline", "ack deadline at half the provider's timeout, answered after the inbox "
                + "commit", List.of("answer just under the timeout: more room for the commit, but network and "
                + "queueing on the provider's side eat the margin unseen", "answer before the commit: fastest, but an "
                + "acknowledged delivery can be lost"), "half the timeout is ample for one local write and keeps the "
                + "provider's own measurement, which includes transit, safely inside its limit");
    }

    public static Acknowledgement decide(Figure timeout, Figure successStatus) {
        return new Acknowledgement(timeout, deadline(timeout), successStatus, "ack-then-process", List.of(
                "read the body (bounded by the payload limit) and verify it on the raw bytes",
                "look up the idempotency key in the dedupe store; a duplicate is answered at once with the success "
                        + "status and not stored again",
                "commit the raw body, the headers needed later (never the signature or token) and the key to the "
                        + "durable inbox",
                "answer only after the commit, and within the deadline; no consumer call happens before the answer",
                "past the deadline answer 503 rather than hold the connection: the provider's retry or the "
                        + "reconciliation job brings the delivery back, and the dedupe store absorbs it"));
    }
}
