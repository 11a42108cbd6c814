package org.webhookorchestrator.webhook.design;

import java.util.List;

/**
 * The design as a document a person reviews: a summary table first, then each provider's decisions with the
 * derivation of every number, then what applies to the whole receiver, the threats, risks, trade-offs, what is
 * assumed and asked, the plan, the rollout and the diagrams.
 */
public final class DesignMarkdown {

    private DesignMarkdown() {
    }

    public static String render(String id, Design d) {
        StringBuilder md = new StringBuilder();
        md.append("# Webhook ingestion design: ").append(d.project()).append("\n\n");
        md.append("Design `").append(id).append("`, derived from inventory `").append(d.inventoryId())
                .append("` (catalog ").append(d.catalogDigest(), 0, Math.min(12, d.catalogDigest().length()))
                .append(").\n\n**Objective:** ").append(d.objective()).append("\n\n");
        bullets(md, "Success criteria", d.successCriteria());
        summary(md, d);
        constraints(md, d.constraints());
        inbox(md, d.inbox());
        d.providers().forEach(p -> ProviderSection.render(md, p));
        downstream(md, d.downstream());
        md.append("## Capacity\n\n");
        md.append("- Dedupe records at steady state: ").append(FigureText.of(d.capacity().dedupeRecords())).append('\n');
        md.append("- Backlog after the tolerated outage: ").append(FigureText.of(d.capacity().outageBacklog()))
                .append('\n');
        md.append("- Ingress rate limit: ").append(FigureText.of(d.capacity().ingressRateLimit())).append('\n');
        md.append("- Inbox writes at peak: ").append(FigureText.of(d.capacity().inboxWritesPeak())).append("\n\n");
        ReviewSections.render(md, d);
        return md.toString();
    }

    private static void summary(StringBuilder md, Design d) {
        md.append("## Summary\n\n| provider | endpoint | verification | dedupe key | dedupe TTL | ack deadline "
                + "(provider timeout) | reconciliation |\n|---|---|---|---|---|---|---|\n");
        for (ProviderDesign p : d.providers()) {
            Verification v = p.verification();
            md.append("| ").append(cell(p.displayName())).append(" | `").append(p.endpoint().path()).append("` | ")
                    .append(cell(v.kind() == null ? "unknown: fail closed" : v.kind()
                            + (v.algorithm() == null ? "" : ", " + v.algorithm())
                            + (Boolean.TRUE.equals(v.timestamped()) ? ", timestamped" : ", no timestamp")))
                    .append(" | `").append(cell(p.idempotency().keyName())).append("` (")
                    .append(p.idempotency().keyLocation()).append(") | ").append(p.idempotency().ttl().display())
                    .append(" | ").append(p.acknowledgement().deadline().display()).append(" (")
                    .append(p.acknowledgement().providerTimeout().display()).append(", ")
                    .append(p.acknowledgement().providerTimeout().basis()).append(") | ")
                    .append(p.reconciliation().required() ? "required" : "backfill only").append(" |\n");
        }
        md.append('\n');
    }

    private static void constraints(StringBuilder md, ResolvedConstraints c) {
        md.append("## Constraints\n\n");
        md.append("- Peak rate: ").append(FigureText.of(c.peakPerSecond())).append('\n');
        md.append("- Sustained rate: ").append(FigureText.of(c.sustainedPerSecond())).append('\n');
        md.append("- Latency objective: ").append(FigureText.of(c.latencyObjective())).append('\n');
        md.append("- Tolerated consumer outage: ").append(FigureText.of(c.downstreamOutageTolerance())).append('\n');
        md.append("- Missed-delivery detection: ").append(FigureText.of(c.missedDeliveryDetection())).append('\n');
        md.append("- Data classification: ").append(c.dataClassification()).append(" (")
                .append(c.dataClassificationBasis()).append(")\n");
        md.append("- Infrastructure available: ").append(c.infrastructure().isEmpty() ? "none named"
                : String.join(", ", c.infrastructure())).append('\n');
        for (OrderingNeed n : c.orderingNeeds()) {
            md.append("- Ordering: `").append(n.provider()).append("` ").append(n.eventType()).append(": ")
                    .append(n.requirement().id()).append(n.key() == null ? "" : " by `" + n.key() + "`").append('\n');
        }
        md.append('\n');
    }

    private static void inbox(StringBuilder md, Inbox inbox) {
        md.append("## Durable inbox and dedupe store\n\n");
        md.append("Ack-then-process: every delivery is made durable in the inbox before it is answered; a worker "
                + "delivers it to the consumer afterwards.\n\n");
        md.append("- Inbox: ").append(inbox.store()).append(" (").append(inbox.storeBasis()).append(")\n");
        md.append("- Dedupe store: ").append(inbox.dedupeStore()).append("; atomic with the inbox write: ")
                .append(inbox.atomicDedupe() ? "yes" : "no").append('\n');
        md.append("- Poll interval: ").append(FigureText.of(inbox.pollInterval())).append('\n');
        md.append("- Retention of processed rows: ").append(FigureText.of(inbox.retention())).append("\n\n");
        bullets(md, "Layout", inbox.layout());
        bullets(md, "Write path", inbox.writePath());
        bullets(md, "Data handling", inbox.dataHandling());
    }

    private static void downstream(StringBuilder md, Downstream d) {
        RetryPolicy r = d.retry();
        md.append("## Downstream retries and dead letter\n\n");
        md.append("- Base: ").append(FigureText.of(r.base())).append('\n');
        md.append("- Cap: ").append(FigureText.of(r.cap())).append('\n');
        md.append("- Retries: ").append(FigureText.of(r.retries())).append('\n');
        md.append("- Jitter: ").append(r.jitter()).append('\n');
        md.append("- Guaranteed span: ").append(FigureText.of(r.guaranteedSpan())).append("\n\n");
        bullets(md, "Retry on", r.retryOn());
        bullets(md, "Do not retry on", r.doNotRetryOn());
        md.append("| retry | delay (ms) | jitter bounds (ms) | cumulative (ms) | earliest (ms) |\n|---|---|---|---|---|\n");
        for (RetryAttempt a : r.schedule()) {
            md.append("| ").append(a.retry()).append(" | ").append(a.delayMillis()).append(" | ")
                    .append(a.minDelayMillis()).append("–").append(a.maxDelayMillis()).append(" | ")
                    .append(a.cumulativeMillis()).append(" | ").append(a.cumulativeMinMillis()).append(" |\n");
        }
        DeadLetter dl = d.deadLetter();
        md.append("\n**Dead letter:** ").append(dl.destination()).append("; retention ")
                .append(FigureText.of(dl.retention())).append(". ").append(dl.alert()).append(".\n\n");
        bullets(md, "Enters the dead letter when", dl.entersWhen());
        numbered(md, "Replay procedure", dl.replayProcedure());
    }

    static void bullets(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("**").append(title).append(":**\n\n");
        items.forEach(i -> md.append("- ").append(i).append('\n'));
        md.append('\n');
    }

    static void numbered(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("**").append(title).append(":**\n\n");
        for (int i = 0; i < items.size(); i++) {
            md.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        md.append('\n');
    }

    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
