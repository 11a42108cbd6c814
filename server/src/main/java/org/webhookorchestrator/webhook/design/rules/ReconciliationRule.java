package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Reconciliation;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * Finds what the provider will never send again. A provider without automatic retries (GitHub) loses every delivery
 * the receiver failed to acknowledge, so a scheduled job must find and redeliver them; a provider that disables a
 * failing endpoint (Svix after 5 days, Square after 3 weeks) stops sending altogether, so someone must be paged well
 * before; and any provider's retries end at its horizon, so an outage past half of it calls for a backfill.
 */
public final class ReconciliationRule {

    public static final String INTERVAL = "reconciliation-interval";
    public static final String ALERT = "disable-alert";
    public static final String BACKFILL = "backfill-trigger";
    public static final String INTERVAL_FORMULA = "interval = missedDeliveryDetection / 3";
    public static final String ALERT_FORMULA = "alertAfter = min(1 h, endpointDisabledAfter / 20); disabling "
            + "without a documented threshold: 15 min";
    public static final String BACKFILL_FORMULA = "backfillBeyond = horizon / 2";
    static final Figure LOOKBACK = Figure.policy(86400, Unit.s, "reconciliation-lookback",
            "a day covers a receiver outage over a night or a weekend day; a longer one needs a manual run with a "
                    + "wider window, which the runbook names");
    static final Figure UNDOCUMENTED_DISABLE_ALERT = Figure.policy(900, Unit.s, "disable-alert-undocumented",
            "the provider disables failing endpoints without a documented threshold, so page early");

    private ReconciliationRule() {
    }

    public static Figure interval(Figure detection) {
        return Figure.derived(Math.max(1, detection.seconds() / 3), Unit.s, new Derivation(INTERVAL,
                INTERVAL_FORMULA + ": a delivery lost just after a run is found by the next, and one failed run "
                        + "still leaves time inside the objective", List.of(Term.of("missedDeliveryDetection",
                detection))));
    }

    public static Optional<Figure> alertAfter(ProviderProfile p) {
        Optional<Known<Long>> after = p.number("delivery.endpointDisabledAfterSeconds");
        if (after.isPresent()) {
            Figure disabled = Figure.fact(after.get().value(), Unit.s, after.get().ref());
            return Optional.of(Figure.derived(Math.min(3600, disabled.value() / 20), Unit.s,
                    new Derivation(ALERT, ALERT_FORMULA, List.of(Term.of("endpointDisabledAfter", disabled)))));
        }
        return p.text("delivery.endpointDisabling").map(k -> UNDOCUMENTED_DISABLE_ALERT);
    }

    public static Optional<Figure> backfillBeyond(Figure horizon) {
        if (horizon.seconds() == 0) {
            return Optional.empty();
        }
        return Optional.of(Figure.derived(horizon.seconds() / 2, Unit.s,
                new Derivation(BACKFILL, BACKFILL_FORMULA, List.of(Term.of("horizon", horizon)))));
    }

    public static Reconciliation decide(ProviderProfile p, Figure horizon, Figure detection, Findings findings) {
        List<String> reasons = new ArrayList<>();
        List<String> procedure = new ArrayList<>();
        boolean noRetries = p.isFalse("delivery.retriesAutomatically");
        boolean retriesUnknown = p.flag("delivery.retriesAutomatically").isEmpty();
        Optional<Figure> alert = alertAfter(p);
        if (noRetries) {
            reasons.add(p.displayName() + " does not resend a failed delivery on its own"
                    + p.flag("delivery.retriesAutomatically").map(k -> k.note() == null ? "" : " (" + k.note() + ")")
                    .orElse(""));
            procedure.add("every interval, list the provider's deliveries of the lookback window and redeliver "
                    + "each one the provider recorded as failed; the dedupe store absorbs any that did arrive");
            procedure.add("a redelivery the job requests counts as a reconciliation, with a metric per run");
        }
        if (retriesUnknown) {
            reasons.add("no source says whether " + p.displayName() + " resends failed deliveries");
            procedure.add("until that is known, treat every failed acknowledgement as a possible loss: run the "
                    + "reconciliation job, and ask the provider how missed deliveries can be listed");
            findings.ask("Q-" + p.id() + "-retries", "Does " + p.displayName() + " resend a delivery that was not "
                    + "acknowledged, and can missed deliveries be listed or replayed?",
                    "whether reconciliation for " + p.id() + " stays required", Roles.INTEGRATION_OWNER);
        }
        alert.ifPresent(a -> {
            reasons.add(p.displayName() + " disables a failing endpoint: "
                    + p.text("delivery.endpointDisabling").map(Known::value).orElse("after repeated failures"));
            procedure.add("page when the endpoint's deliveries have failed continuously for alertAfter; after "
                    + "recovery re-enable the endpoint at the provider and replay what was missed while it was off");
        });
        boolean required = noRetries || retriesUnknown || alert.isPresent();
        Optional<Figure> backfill = backfillBeyond(horizon);
        backfill.ifPresent(b -> procedure.add("when the receiver has been unavailable for backfillBeyond, start a "
                + "backfill from the provider's own listing of events before its retries run out"));
        return new Reconciliation(required, reasons, procedure,
                noRetries || retriesUnknown ? interval(detection) : null,
                noRetries || retriesUnknown ? LOOKBACK : null,
                alert.orElse(null), backfill.orElse(null));
    }

    /** The window a dedupe record must cover for a provider that redelivers only on request. */
    public static Optional<Figure> redeliveryWindow(Reconciliation reconciliation, ProviderProfile p) {
        return p.isFalse("delivery.retriesAutomatically") ? Optional.ofNullable(reconciliation.lookback())
                : Optional.empty();
    }
}
