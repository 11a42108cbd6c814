package org.webhookorchestrator.core;

import java.util.List;
import org.webhookorchestrator.core.contract.NextAction;
import org.webhookorchestrator.core.contract.QualitySubject;
import org.webhookorchestrator.core.contract.QualitySubject.DependencyOwner;
import org.webhookorchestrator.core.contract.QualitySubject.Determinism;
import org.webhookorchestrator.core.contract.QualitySubject.Fact;
import org.webhookorchestrator.core.contract.QualitySubject.FactStatus;
import org.webhookorchestrator.core.contract.QualitySubject.ItemStatus;
import org.webhookorchestrator.core.contract.QualitySubject.Risk;
import org.webhookorchestrator.core.contract.QualitySubject.Threat;
import org.webhookorchestrator.core.contract.QualitySubject.Tradeoff;
import org.webhookorchestrator.core.contract.QualitySubject.ValidationItem;

/** Quality subjects for tests: one that meets the whole Definition of Done, and ways to break it one rule at a time. */
public final class Subjects {

    public static final String DESIGN = "design-0123456789abcdef0123456789abcdef";
    public static final String VALIDATION = "validation-0123456789abcdef0123456789abcdef";

    private Subjects() {
    }

    public static QualitySubject complete() {
        return new QualitySubject("handoff-0123456789abcdef0123456789abcdef", "handoff-packet",
                new Determinism(List.of(DESIGN, VALIDATION), true),
                List.of(new Tradeoff("ack then process through a durable inbox",
                        List.of("process inline before acknowledging"),
                        "Stripe retries after 10 s of silence; inline processing would exceed it")),
                List.of(new ValidationItem("V1", "a tampered body is refused", "HTTP status", "401 or 403",
                        "grader case tampered-body", "401", ItemStatus.pass),
                        new ValidationItem("V2", "a replay is processed once", "effects per event id", "exactly 1",
                                "grader case exact-replay with the effects probe", null, ItemStatus.not_observable)),
                List.of(riskWithOwner("billing-oncall")),
                List.of(new Threat("T1", "an attacker replays a captured delivery",
                        "a replayed delivery is acknowledged and processed at most once")),
                List.of(new Fact("Stripe signs with HMAC-SHA256 over timestamp.body", FactStatus.verified,
                                List.of("https://docs.stripe.com/webhooks#verify-manually")),
                        new Fact("the custom feed retries for 24 h", FactStatus.unverified, List.of())),
                List.of(new DependencyOwner("billing-db", "billing-team")),
                List.of(new NextAction("deploy the receiver to staging", "platform-team")));
    }

    public static Risk riskWithOwner(String ownerRole) {
        return new Risk("R1", "the dedupe store loses keys on failover",
                "replicated store with a TTL of 7 days", "duplicate effects above 0.1% in an hour", ownerRole);
    }

    public static QualitySubject withRisks(QualitySubject s, List<Risk> risks) {
        return new QualitySubject(s.subjectId(), s.kind(), s.deterministic(), s.tradeoffs(), s.validationItems(),
                risks, s.threats(), s.facts(), s.dependencies(), s.nextActions());
    }
}
