package org.webhookorchestrator.webhook.design.rules;

import java.util.List;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Inbox;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Roles;

/** Our side of the risk register: the receiver, its stores, its secrets and its clock. */
public final class OperationalRiskRule {

    public static final String NAME = "operational-risks";
    public static final String FORMULA = "inbox down, ack deadline missed, consumer outage, backlog, dedupe loss, "
            + "secret leak; clock skew when a scheme is timestamped";

    private OperationalRiskRule() {
    }

    public static void assess(List<ProviderDesign> providers, Inbox inbox, Findings f) {
        f.risk(new Risk("R-inbox-down", RiskCategory.operational, null, "the inbox store (" + inbox.store()
                + ") is unavailable: no delivery can be made durable", Level.high, Level.low, "answer 503 so "
                + "providers resend; reconciliation for those that do not; the store runs replicated",
                "any 503 answered because the inbox commit failed", Roles.PLATFORM));
        f.risk(new Risk("R-ack-late", RiskCategory.operational, null, "acknowledgements slower than the provider "
                + "timeout: the provider records failures, resends, and may disable the endpoint", Level.high,
                Level.low, "ack-then-process; one local write before the answer; body reads bounded",
                "p99 acknowledgement latency of a provider above providers[].acknowledgement.deadline",
                Roles.SRE));
        f.risk(new Risk("R-consumer-outage", RiskCategory.operational, null, "the consumer is down longer than "
                + "the tolerated outage", Level.medium, Level.medium, "retries with backoff outlast the tolerance; "
                + "after that the dead letter keeps every event for replay", "an event enters the dead letter "
                + "because its retries ran out", Roles.CONSUMER));
        f.risk(new Risk("R-backlog", RiskCategory.operational, null, "the inbox backlog outgrows what the store "
                + "was sized for", Level.medium, Level.low, "size the store for capacity.outageBacklog; alert on "
                + "backlog age", "inbox backlog above capacity.outageBacklog, or its oldest row older than the "
                + "tolerated outage", Roles.PLATFORM));
        f.risk(new Risk("R-dedupe-loss", RiskCategory.operational, null, "dedupe records are lost or expire "
                + "early (restore from backup, eviction, a purge bug), so a resend is processed twice", Level.medium,
                Level.low, inbox.atomicDedupe() ? "the records are the inbox rows themselves, kept for their TTL"
                : "no eviction on the dedupe store; the consumer is idempotent on its business key",
                "the consumer detects a duplicate side effect", Roles.PLATFORM));
        f.risk(new Risk("R-secret-leak", RiskCategory.security, null, "a signing secret or token leaks", Level.high,
                Level.low, "references only; stripped headers; the rotation procedure of each provider",
                "a secret scanner finds a value, or verification succeeds for a request the provider did not send",
                Roles.SECURITY));
        boolean timestamped = providers.stream().anyMatch(p -> Boolean.TRUE.equals(
                p.verification().timestamped()));
        if (timestamped) {
            f.risk(new Risk("R-clock-skew", RiskCategory.operational, null, "the receiver's clock drifts, so "
                    + "genuine timestamped deliveries fall outside the tolerance", Level.medium, Level.low,
                    "NTP on every receiver host; alert on skew", "timestamp failures on deliveries whose signature "
                    + "is otherwise valid", Roles.SRE));
        }
    }
}
