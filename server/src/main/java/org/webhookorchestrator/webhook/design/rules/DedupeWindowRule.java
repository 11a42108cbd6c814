package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * How long a dedupe record lives: as long as the same delivery can still arrive, plus a margin. A provider that
 * retries can resend until its horizon ends; a replay inside the timestamp tolerance passes verification; a provider
 * that never retries on its own (GitHub) still redelivers by hand or through the reconciliation job, whose lookback
 * then stands in for the horizon. The margin is a tenth of that window, at least an hour, because horizons are stated
 * in round words ("up to three days") and clocks and queues add their own delay.
 */
public final class DedupeWindowRule {

    public static final String NAME = "dedupe-ttl";
    public static final String FORMULA = "window = max(horizon, tolerance), or max(lookback, tolerance) when the "
            + "provider does not retry automatically; ttl = window + max(marginFloor, window / 10)";
    static final Figure MARGIN_FLOOR = Figure.policy(3600, Unit.s, "dedupe-margin-floor",
            "at least an hour of margin absorbs clock skew between provider and receiver and inbox queueing");

    private DedupeWindowRule() {
    }

    public static TradeOff tradeOff() {
        return new TradeOff("T-dedupe-window", "dedupe records expire after a TTL derived per provider",
                List.of("keep every key forever: no duplicate ever, but the store grows without bound and holds "
                        + "event ids past any retention limit", "one short window for all (minutes, as the Standard "
                        + "Webhooks spec's example): cheap, but a retry late in a multi-day horizon is processed again"),
                "the TTL outlasts the last moment the same delivery can arrive, with a margin, and no longer; what "
                        + "arrives later (a manual redelivery) is caught by the consumer's business key");
    }

    /**
     * @param horizon   the provider's retry horizon
     * @param tolerance the replay tolerance, empty when the scheme signs no timestamp
     * @param lookback  the reconciliation lookback, present when the provider does not retry automatically
     */
    public static Figure ttl(Figure horizon, Optional<Figure> tolerance, Optional<Figure> lookback) {
        List<Term> inputs = new ArrayList<>();
        long window;
        if (lookback.isPresent()) {
            inputs.add(Term.of("lookback", lookback.get()));
            inputs.add(Term.of("horizon", horizon));
            window = lookback.get().seconds();
        } else {
            inputs.add(Term.of("horizon", horizon));
            window = horizon.seconds();
        }
        if (tolerance.isPresent()) {
            inputs.add(Term.of("tolerance", tolerance.get()));
            window = Math.max(window, tolerance.get().seconds());
        }
        inputs.add(Term.of("marginFloor", MARGIN_FLOOR));
        long margin = Math.max(MARGIN_FLOOR.value(), window / 10);
        return Figure.derived(window + margin, Unit.s, new Derivation(NAME, FORMULA, inputs));
    }
}
