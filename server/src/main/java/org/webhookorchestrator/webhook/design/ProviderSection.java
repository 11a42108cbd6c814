package org.webhookorchestrator.webhook.design;

/** One provider's part of the design document. */
final class ProviderSection {

    private ProviderSection() {
    }

    static void render(StringBuilder md, ProviderDesign p) {
        md.append("## ").append(p.displayName()).append(" (`").append(p.providerId()).append("`, ").append(p.match())
                .append(")\n\n");
        if (!p.events().isEmpty()) {
            md.append("Events: ").append(String.join(", ", p.events())).append("\n\n");
        }
        md.append("### Endpoint\n\n`").append(p.endpoint().method()).append(' ').append(p.endpoint().path())
                .append("`\n\n");
        p.endpoint().rules().forEach(r -> md.append("- ").append(r).append('\n'));
        Verification v = p.verification();
        md.append("\n### Verification\n\n");
        md.append("- Scheme: ").append(v.scheme() == null ? "unknown" : "`" + v.scheme() + "`").append(", kind ")
                .append(v.kind() == null ? "unknown" : v.kind()).append('\n');
        if (!v.signatureHeaders().isEmpty()) {
            md.append("- Headers: ").append(String.join(", ", v.signatureHeaders().stream().map(h -> "`" + h + "`")
                    .toList())).append('\n');
        }
        if (v.signedContent() != null) {
            md.append("- Signed content: ").append(v.signedContent()).append('\n');
        }
        if (v.secretForm() != null) {
            md.append("- Secret: ").append(v.secretForm()).append('\n');
        }
        md.append("- Timestamp: ").append(v.timestamped() == null ? "unknown"
                : v.timestamped() ? "signed" + (v.timestampHeader() == null ? "" : " (`" + v.timestampHeader() + "`)")
                : "none signed").append('\n');
        if (v.tolerance() != null) {
            md.append("- Tolerance, both ways: ").append(FigureText.of(v.tolerance())).append('\n');
        }
        if (v.rotationOverlap() != null) {
            md.append("- Rotation overlap: ").append(FigureText.of(v.rotationOverlap())).append('\n');
        }
        md.append('\n');
        DesignMarkdown.numbered(md, "Procedure", v.procedure());
        DesignMarkdown.bullets(md, "Compensating controls (flagged)", v.compensatingControls());
        DesignMarkdown.numbered(md, "Rotation", v.rotationProcedure());
        Idempotency i = p.idempotency();
        md.append("### Idempotency\n\n- Key: `").append(i.keyName()).append("` (").append(i.keyLocation()).append(")")
                .append(i.keyFact() == null ? ", a fallback" : ", fact `" + i.keyFact().fact() + "`, "
                        + i.keyFact().status() + ", " + String.join(", ", i.keyFact().sources())).append('\n');
        md.append("- Record: `").append(i.recordKey()).append("` in ").append(i.store()).append('\n');
        md.append("- TTL: ").append(FigureText.of(i.ttl())).append('\n');
        i.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        Acknowledgement a = p.acknowledgement();
        md.append("\n### Acknowledgement\n\n- Provider timeout: ").append(FigureText.of(a.providerTimeout()))
                .append("\n- Ack deadline: ").append(FigureText.of(a.deadline()))
                .append("\n- Success status: ").append(FigureText.of(a.successStatus())).append("\n\n");
        DesignMarkdown.numbered(md, a.mode(), a.steps());
        md.append("| situation | status | why |\n|---|---|---|\n");
        p.responses().forEach(r -> md.append("| ").append(DesignMarkdown.cell(r.condition())).append(" | ")
                .append(r.status()).append(" | ").append(DesignMarkdown.cell(r.reason())).append(" |\n"));
        Ordering o = p.ordering();
        md.append("\n### Ordering\n\n- The provider: ").append(o.providerStatement()).append("\n- Need: ")
                .append(o.requirement()).append(o.eventTypes().isEmpty() ? "" : " (" + String.join(", ", o.eventTypes())
                        + ")").append(o.keys().isEmpty() ? "" : ", keyed by " + String.join(", ", o.keys()))
                .append("\n- Strategy: ").append(o.strategy()).append('\n');
        o.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        Reconciliation r = p.reconciliation();
        md.append("\n### Reconciliation\n\n- Required: ").append(r.required() ? "yes" : "no").append('\n');
        r.reasons().forEach(x -> md.append("- Because ").append(x).append('\n'));
        if (r.interval() != null) {
            md.append("- Interval: ").append(FigureText.of(r.interval())).append("\n- Lookback: ")
                    .append(FigureText.of(r.lookback())).append('\n');
        }
        if (r.alertAfter() != null) {
            md.append("- Page after continuous failure of: ").append(FigureText.of(r.alertAfter())).append('\n');
        }
        if (r.backfillBeyond() != null) {
            md.append("- Backfill when the receiver is down longer than: ").append(FigureText.of(r.backfillBeyond()))
                    .append('\n');
        }
        md.append('\n');
        DesignMarkdown.numbered(md, "Procedure", r.procedure());
        IpAllowlist ip = p.ipAllowlist();
        md.append("### IP allowlist\n\n- ").append(ip.planned() ? "Planned" : "Not planned")
                .append(ip.published() == null ? "" : " (" + ip.published() + ")").append(": ").append(ip.decision())
                .append('\n');
        if (ip.refreshInterval() != null) {
            md.append("- Refresh: ").append(FigureText.of(ip.refreshInterval())).append('\n');
        }
        md.append("\n### Payload limit\n\n- Limit: ").append(FigureText.of(p.payloadLimit().limit())).append('\n');
        p.payloadLimit().enforcement().forEach(e -> md.append("- ").append(e).append('\n'));
        Versioning ver = p.versioning();
        md.append("\n### Contract versioning\n\n- Pinning: ").append(ver.pinning()).append("\n- Tolerant reader: ")
                .append(ver.tolerantReader()).append('\n');
        ver.schemaEvolution().forEach(s -> md.append("- ").append(s).append('\n'));
        ver.reliesOn().forEach(s -> md.append("- Relied on: ").append(s).append('\n'));
        md.append('\n');
    }
}
