package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Capacity;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.ResolvedConstraints;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * What the stores must hold: dedupe records for the longest TTL at the sustained rate, the backlog a tolerated
 * consumer outage leaves, and an ingress limit high enough never to refuse a legitimate burst (a refused delivery is
 * resent, so refusing only adds load) yet low enough to blunt a flood.
 */
public final class CapacityRule {

    public static final String DEDUPE = "dedupe-records";
    public static final String BACKLOG = "outage-backlog";
    public static final String RATE_LIMIT = "ingress-rate-limit";
    public static final String WRITES = "inbox-writes";
    static final Figure HEADROOM = Figure.policy(2, Unit.count, "ingress-headroom",
            "twice the peak leaves room for a provider draining its retries after an outage of ours");

    private CapacityRule() {
    }

    public static Capacity decide(ResolvedConstraints c, Figure longestTtl) {
        Figure sustained = c.sustainedPerSecond();
        Figure peak = c.peakPerSecond();
        Figure outage = c.downstreamOutageTolerance();
        return new Capacity(
                Figure.derived(Math.multiplyExact(sustained.value(), longestTtl.seconds()), Unit.count,
                        new Derivation(DEDUPE, "records = sustained * longestTtl",
                                List.of(Term.of("sustained", sustained), Term.of("longestTtl", longestTtl)))),
                Figure.derived(Math.multiplyExact(sustained.value(), outage.seconds()), Unit.count,
                        new Derivation(BACKLOG, "backlog = sustained * outageTolerance",
                                List.of(Term.of("sustained", sustained), Term.of("outageTolerance", outage)))),
                Figure.derived(Math.multiplyExact(peak.value(), HEADROOM.value()), Unit.perSecond,
                        new Derivation(RATE_LIMIT, "limit = peak * headroom; above it answer 429",
                                List.of(Term.of("peak", peak), Term.of("headroom", HEADROOM)))),
                Figure.derived(peak.value(), Unit.perSecond, new Derivation(WRITES,
                        "writes = peak: one inbox write per delivery", List.of(Term.of("peak", peak)))));
    }
}
