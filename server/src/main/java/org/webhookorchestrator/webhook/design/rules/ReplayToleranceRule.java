package org.webhookorchestrator.webhook.design.rules;

import java.util.Optional;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * The timestamp tolerance, applied both ways: the provider SDK's value where a source gives it, an assumed 300 s
 * where the scheme is timestamped but no tolerance is documented, and none when the scheme signs no timestamp.
 */
public final class ReplayToleranceRule {

    public static final String NAME = "replay-tolerance";
    public static final String FORMULA = "tolerance = signing.signatureToleranceSeconds when timestamped; "
            + "timestamped without a documented value: assumed 300 s; no timestamp: none";
    static final long ASSUMED_SECONDS = 300;

    private ReplayToleranceRule() {
    }

    public static Optional<Figure> tolerance(ProviderProfile p, Findings findings) {
        if (!p.isTrue("signing.hasTimestamp")) {
            return Optional.empty();
        }
        return Optional.of(p.number("signing.signatureToleranceSeconds")
                .map(k -> Figure.fact(k.value(), Unit.s, k.ref()))
                .orElseGet(() -> {
                    String id = findings.assume("A-" + p.id() + "-tolerance", p.displayName()
                            + " deliveries arrive within 300 s of their signed timestamp", Confidence.low,
                            "the scheme signs a timestamp but no source gives a tolerance; 300 s is wide enough for "
                                    + "ordinary clock skew and narrow enough to bound replays");
                    findings.ask("Q-" + p.id() + "-tolerance", "How old may a " + p.displayName()
                            + " delivery's timestamp be before it must be refused?",
                            "the replay tolerance and the dedupe TTL of " + p.id(), Roles.SECURITY);
                    return Figure.assumed(ASSUMED_SECONDS, Unit.s, id, "tolerance not documented");
                }));
    }
}
