package org.webhookorchestrator.webhook.design.rules;

import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * How long a provider waits for the response: its fact, or, unknown, an assumed 3 s, short on purpose:
 * a deadline derived from too short a timeout only costs headroom, one derived from too long a timeout loses deliveries.
 */
public final class ProviderTimeoutRule {

    public static final String NAME = "provider-timeout";
    public static final String FORMULA = "timeout = delivery.ackDeadlineSeconds; unknown: assumed 3 s";
    static final long ASSUMED_SECONDS = 3;

    private ProviderTimeoutRule() {
    }

    public static Figure timeout(ProviderProfile p, Findings findings) {
        return p.number("delivery.ackDeadlineSeconds")
                .filter(k -> k.value() > 0)
                .map(k -> Figure.fact(k.value(), Unit.s, k.ref()))
                .orElseGet(() -> {
                    String id = findings.assume("A-" + p.id() + "-timeout",
                            p.displayName() + " waits at least 3 s for the response before counting a failure",
                            Confidence.low, "no source gives the timeout; 3 s is the shortest timeout any catalog "
                                    + "source states, so the derived deadline is safe for a short one");
                    findings.ask("Q-" + p.id() + "-timeout", "How long does " + p.displayName()
                            + " wait for a response before it counts a delivery as failed?",
                            "the ack deadline of " + p.id(), Roles.INTEGRATION_OWNER);
                    return Figure.assumed(ASSUMED_SECONDS, Unit.s, id, "provider timeout not documented");
                });
    }
}
