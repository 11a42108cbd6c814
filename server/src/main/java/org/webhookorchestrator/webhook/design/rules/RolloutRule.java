package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.RolloutStage;

/**
 * Shadow, canary, cutover, rollback: each stage is gated by a validation a person can check, and the figures it
 * refers to are the design's own (ack deadlines, retry horizons, the reconciliation lookback), cited by path.
 */
public final class RolloutRule {

    public static final String NAME = "rollout";
    public static final String FORMULA = "shadow -> canary -> cutover, rollback from any stage; each gated";

    private RolloutRule() {
    }

    public static List<RolloutStage> stages() {
        return List.of(
                new RolloutStage(1, "shadow", "deliver to the new endpoints beside the current path (a second "
                        + "endpoint where the provider allows several, otherwise a copy at the edge); the new path "
                        + "verifies, deduplicates and stores but does not call the consumer",
                        "every delivery the current path accepted was accepted and stored once by the new path; no "
                                + "genuine delivery failed verification; p99 acknowledgement under each "
                                + "providers[].acknowledgement.deadline; the receiver grader passes in staging",
                        "a genuine delivery refused by the new path", Roles.INTEGRATION_OWNER),
                new RolloutStage(2, "canary", "route one provider with automatic retries (or a share of traffic at "
                        + "the edge) through the new path with consumer calls on",
                        "no duplicate side effect in the consumer; no dead letter caused by a defect; reconciliation "
                                + "finds nothing missing",
                        "a duplicate side effect, an event lost, or acknowledgement p99 above the deadline",
                        Roles.RELEASE),
                new RolloutStage(3, "cutover", "point every provider at the new endpoints; keep the old path "
                        + "accepting until the longest retry horizon has passed since the switch (retries may go to "
                        + "the address current when the event was triggered)",
                        "for one full reconciliation lookback the dead letter holds no defect and reconciliation "
                                + "finds no missed delivery; the old path receives nothing new",
                        "any of the canary's triggers", Roles.RELEASE),
                new RolloutStage(4, "rollback", "point the providers back at the old endpoints; the new inbox keeps "
                        + "what it stored; replay to the old path whatever only the new path received, deduplicated "
                        + "by idempotency key",
                        "the old path acknowledges again and the count of replayed events equals the events only "
                                + "the new path stored",
                        "the rollback itself fails: escalate to the integration owner", Roles.RELEASE));
    }
}
