package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.PayloadLimit;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * The request size limit: never below what the provider says it may send, never below a 1 MiB floor (where the
 * provider's number is advice to senders, such as Standard Webhooks' 20 kB, a legitimate larger payload must still
 * pass). Above the limit the request is refused before it is buffered.
 */
public final class PayloadLimitRule {

    public static final String NAME = "payload-limit";
    public static final String FORMULA = "limit = max(delivery.maxPayloadBytes, floor)";
    static final Figure FLOOR = Figure.policy(1024L * 1024, Unit.bytes, "payload-floor",
            "1 MiB holds every ordinary event payload while bounding what one request can make the receiver read");

    private PayloadLimitRule() {
    }

    public static Figure limit(ProviderProfile p, Findings findings) {
        Figure max = p.number("delivery.maxPayloadBytes")
                .map(k -> Figure.fact(k.value(), Unit.bytes, k.ref()))
                .orElseGet(() -> {
                    String id = findings.assume("A-" + p.id() + "-payload-max", p.displayName()
                            + " sends no payload larger than 1 MiB", Confidence.low,
                            "no source gives the largest payload; a refused oversized delivery shows as a 413 count");
                    findings.ask("Q-" + p.id() + "-payload-max", "What is the largest payload " + p.displayName()
                            + " sends?", "the request size limit of " + p.id(), Roles.INTEGRATION_OWNER);
                    return Figure.assumed(FLOOR.value(), Unit.bytes, id, "largest payload not documented");
                });
        return Figure.derived(Math.max(max.value(), FLOOR.value()), Unit.bytes,
                new Derivation(NAME, FORMULA, List.of(Term.of("maxPayload", max), Term.of("floor", FLOOR))));
    }

    public static PayloadLimit decide(ProviderProfile p, Findings findings) {
        return new PayloadLimit(limit(p, findings), List.of(
                "a Content-Length above the limit is answered 413 before the body is read",
                "a chunked body is counted while it is read and cut off with 413 at the limit; nothing beyond the "
                        + "limit is buffered",
                "reading the body counts against the ack deadline; a slow sender is cut off at it (408)"));
    }
}
