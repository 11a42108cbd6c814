package org.webhookorchestrator.webhook.design.rules;

import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * How long after the first attempt a provider may still resend: its fact, or, when no source gives one, a long
 * assumed horizon, because a dedupe window that is too long costs storage while one too short lets duplicates through.
 */
public final class RetryHorizonRule {

    public static final String NAME = "retry-horizon";
    public static final String FORMULA = "horizon = delivery.retryHorizonSeconds; unknown: assumed 604800 s (7 d)";
    static final long ASSUMED_SECONDS = 7L * 86400;

    private RetryHorizonRule() {
    }

    public static Figure horizon(ProviderProfile p, Findings findings) {
        return p.number("delivery.retryHorizonSeconds")
                .map(k -> Figure.fact(k.value(), Unit.s, k.ref()))
                .orElseGet(() -> {
                    String id = findings.assume("A-" + p.id() + "-retry-horizon",
                            p.displayName() + " retries a failed delivery for at most 7 days", Confidence.low,
                            "no source gives the retry horizon; 7 days is longer than any horizon a catalog source "
                                    + "states, so the dedupe window errs on the long side");
                    findings.ask("Q-" + p.id() + "-retry-horizon", "For how long, in total, does " + p.displayName()
                            + " resend a delivery that was not acknowledged?",
                            "the dedupe TTL, the rotation overlap and the backfill trigger of " + p.id(),
                            Roles.INTEGRATION_OWNER);
                    return Figure.assumed(ASSUMED_SECONDS, Unit.s, id, "retry horizon not documented");
                });
    }
}
