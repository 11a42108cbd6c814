package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.DataClassification;
import org.webhookorchestrator.webhook.design.DesignConstraints;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Infrastructure;
import org.webhookorchestrator.webhook.design.ResolvedConstraints;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * The constraints as the design uses them. A given value is a constraint; a missing one is an assumption with low
 * confidence and an open question, chosen on the cautious side (payloads confidential, an outage of an hour).
 */
public final class ConstraintsRule {

    public static final String NAME = "constraints";
    public static final String FORMULA = "given -> constraint; missing -> assumption (peak 100/s or 10 x sustained, "
            + "sustained 10/s or peak / 10, latency 60000 ms, outage 3600 s, detection 900 s, confidential)";

    private ConstraintsRule() {
    }

    public static ResolvedConstraints resolve(DesignConstraints c, Findings f) {
        Figure peak;
        Figure sustained;
        if (c.peakPerSecond() != null) {
            peak = Figure.constraint(c.peakPerSecond(), Unit.perSecond, "constraints.peakPerSecond");
        } else {
            long value = c.sustainedPerSecond() == null ? 100 : c.sustainedPerSecond() * 10;
            peak = assumed(f, "A-peak-rate", "deliveries peak at " + value + "/s across all providers", value,
                    Unit.perSecond, c.sustainedPerSecond() == null ? "no rate is given; 100/s sizes a small receiver"
                            : "bursts of ten times the sustained rate", "What is the peak delivery rate per second?",
                    "capacity, the ingress rate limit");
        }
        if (c.sustainedPerSecond() != null) {
            sustained = Figure.constraint(c.sustainedPerSecond(), Unit.perSecond, "constraints.sustainedPerSecond");
        } else {
            long value = Math.max(1, peak.value() / 10);
            sustained = assumed(f, "A-sustained-rate", "deliveries average " + value + "/s", value, Unit.perSecond,
                    "a tenth of the peak", "What is the sustained delivery rate per second?",
                    "dedupe store and backlog sizes");
        }
        Figure latency = c.latencyObjectiveMillis() != null
                ? Figure.constraint(c.latencyObjectiveMillis(), Unit.ms, "constraints.latencyObjectiveMillis")
                : assumed(f, "A-latency-objective", "an event may take up to 60 s from receipt to processing",
                60_000, Unit.ms, "no objective is given; a minute is typical for asynchronous processing",
                "What is the p99 latency objective from receipt to processing?", "the retry base and inbox polling");
        Figure outage = c.downstreamOutageToleranceSeconds() != null
                ? Figure.constraint(c.downstreamOutageToleranceSeconds(), Unit.s,
                "constraints.downstreamOutageToleranceSeconds")
                : assumed(f, "A-outage-tolerance", "a consumer outage of up to one hour must lose no event", 3600,
                Unit.s, "no tolerance is given; an hour covers a deployment gone wrong and its rollback",
                "How long a consumer outage must be absorbed without losing an event?",
                "the retry schedule and backlog size");
        Figure detection = c.missedDeliveryDetectionSeconds() != null
                ? Figure.constraint(c.missedDeliveryDetectionSeconds(), Unit.s,
                "constraints.missedDeliveryDetectionSeconds")
                : assumed(f, "A-detection", "a missed delivery may go unnoticed for up to 15 minutes", 900, Unit.s,
                "no objective is given", "How soon must a delivery the provider will not resend be detected?",
                "the reconciliation interval");
        String classification;
        String classificationBasis;
        if (c.dataClassification() != null) {
            classification = c.dataClassification().id();
            classificationBasis = "constraints.dataClassification";
        } else {
            classification = DataClassification.CONFIDENTIAL.id();
            classificationBasis = f.assume("A-classification", "payloads are confidential", Confidence.low,
                    "no classification is given; confidential is the cautious choice (encrypted at rest, never "
                            + "logged)");
            f.ask("Q-classification", "How are the event payloads classified (public, internal, confidential, "
                    + "restricted)?", "payload handling in the inbox, logs and dead letter", Roles.SECURITY);
        }
        List<String> infrastructure = c.infrastructure().stream().distinct().sorted()
                .map(Infrastructure::id).toList();
        return new ResolvedConstraints(peak, sustained, latency, outage, detection, classification,
                classificationBasis, infrastructure, c.orderingNeeds());
    }

    private static Figure assumed(Findings f, String id, String statement, long value, Unit unit, String basis,
                                  String question, String affects) {
        f.assume(id, statement, Confidence.low, basis);
        f.ask("Q" + id.substring(1), question, affects, Roles.INTEGRATION_OWNER);
        return Figure.assumed(value, unit, id, basis);
    }
}
