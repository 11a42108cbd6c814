package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.design.Diagrams;
import org.webhookorchestrator.webhook.design.Durations;
import org.webhookorchestrator.webhook.design.Inbox;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.RetryAttempt;
import org.webhookorchestrator.webhook.design.RetryPolicy;

/** The flow of one delivery as a Mermaid sequence diagram, and the retry timelines: ours as a gantt, providers' as text. */
public final class DiagramRule {

    public static final String NAME = "diagrams";
    public static final String FORMULA = "sequence from the chosen stores and responses; gantt from the downstream "
            + "schedule; provider timelines from delivery.retryScheduleSeconds";

    private DiagramRule() {
    }

    public static Diagrams draw(List<ProviderProfile> profiles, List<ProviderDesign> providers, Inbox inbox,
                                RetryPolicy retry, List<String> consumers) {
        return new Diagrams(sequence(providers, inbox, consumers), gantt(retry), providerTimelines(profiles,
                providers));
    }

    static String sequence(List<ProviderDesign> providers, Inbox inbox, List<String> consumers) {
        StringBuilder m = new StringBuilder("sequenceDiagram\n    autonumber\n");
        m.append("    participant P as Provider (").append(String.join(", ",
                providers.stream().map(ProviderDesign::providerId).toList())).append(")\n");
        m.append("    participant R as Receiver /webhooks/{provider}\n");
        if (!inbox.atomicDedupe()) {
            m.append("    participant D as Dedupe store (").append(inbox.dedupeStore().split(":")[0]).append(")\n");
        }
        m.append("    participant I as Inbox (").append(inbox.store()).append(")\n");
        m.append("    participant W as Worker\n");
        m.append("    participant C as Consumer (").append(String.join(", ", consumers)).append(")\n");
        m.append("    P->>R: POST delivery (signature headers, raw body)\n");
        m.append("    R->>R: size limit, then verify the raw bytes (constant time, tolerance)\n");
        m.append("    alt verification fails\n        R-->>P: 401\n    else verified\n");
        if (inbox.atomicDedupe()) {
            m.append("        R->>I: insert row, unique (provider, key)\n");
            m.append("        alt key already present\n            R-->>P: success status (duplicate, not stored)\n");
            m.append("        else inserted\n            I-->>R: committed\n");
            m.append("            R-->>P: success status, inside the ack deadline\n        end\n");
        } else {
            m.append("        R->>D: claim key (insert if absent, TTL)\n");
            m.append("        alt already claimed\n            R-->>P: success status (duplicate)\n");
            m.append("        else claimed\n            R->>I: append event\n            I-->>R: durable\n");
            m.append("            R-->>P: success status, inside the ack deadline\n        end\n");
        }
        m.append("    end\n");
        if (providers.stream().anyMatch(p -> p.reconciliation().required())) {
            m.append("    Note over P,R: reconciliation redelivers what ")
                    .append(String.join(", ", providers.stream().filter(p -> p.reconciliation().required())
                            .map(ProviderDesign::providerId).toList()))
                    .append(" will not resend\n");
        }
        m.append("    W->>I: claim next row\n    W->>C: deliver event\n");
        m.append("    alt consumer 5xx, 429 or timeout\n        W->>I: schedule retry (backoff with jitter)\n");
        m.append("    else retries exhausted or non-retryable\n        W->>I: move to dead letter, alert\n");
        m.append("    else processed\n        W->>I: mark processed (kept until its TTL)\n    end\n");
        return m.toString();
    }

    static String gantt(RetryPolicy retry) {
        StringBuilder g = new StringBuilder("gantt\n    title Downstream retries after a first failed attempt "
                + "(un-jittered; each delay jitters within [d/2, d])\n    dateFormat x\n    axisFormat %H:%M:%S\n"
                + "    section retries\n");
        for (RetryAttempt a : retry.schedule()) {
            g.append("    retry ").append(a.retry()).append(" after ").append(a.delayMillis()).append(" ms :milestone, r")
                    .append(a.retry()).append(", ").append(a.cumulativeMillis()).append(", 0ms\n");
        }
        return g.toString();
    }

    static List<String> providerTimelines(List<ProviderProfile> profiles, List<ProviderDesign> providers) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ProviderProfile p = profiles.get(i);
            ProviderDesign d = providers.get(i);
            Optional<Known<List<Long>>> schedule = p.retrySchedule();
            if (p.isFalse("delivery.retriesAutomatically")) {
                out.add(p.id() + ": no automatic retries; reconciliation every "
                        + d.reconciliation().interval().display() + " looks back "
                        + d.reconciliation().lookback().display());
                continue;
            }
            if (schedule.isEmpty() || schedule.get().value().isEmpty()) {
                continue;
            }
            StringBuilder t = new StringBuilder(p.id()).append(" (delivery.retryScheduleSeconds, ")
                    .append(String.join(", ", schedule.get().ref().sources())).append("): first attempt at 0 s");
            long at = 0;
            int n = 0;
            for (long delay : schedule.get().value()) {
                at += delay;
                n++;
                t.append("; retry ").append(n).append(" at ").append(Durations.human(at));
            }
            t.append(". Dedupe TTL ").append(d.idempotency().ttl().display()).append(at <= d.idempotency().ttl()
                    .seconds() ? " covers the last retry" : " does NOT cover the last retry");
            out.add(t.toString());
        }
        return out;
    }
}
