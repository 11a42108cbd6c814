package org.webhookorchestrator.skill.webhook;

import org.webhookorchestrator.webhook.handoff.HandoffPacket;

/** The handoff summary a person reads: verdict, owners, next steps, and where the decisions are recorded. */
final class HandoffMarkdown {

    private HandoffMarkdown() {
    }

    static String render(HandoffResult r) {
        HandoffPacket p = r.packet();
        StringBuilder md = new StringBuilder("# Handoff `").append(r.artifactId()).append("`\n\n");
        md.append("**Project:** ").append(p.project()).append("  \n**Objective:** ").append(p.objective().objective())
                .append("\n\n");
        md.append("**Quality gates** (").append(r.quality().gateSet()).append(", ")
                .append(r.qualityAnsweredBy().describe()).append("): ")
                .append(r.quality().passed() ? "all blocking gates pass" : "OVERRIDDEN: "
                        + r.quality().blockingFailures() + " by " + r.override().approver()).append("\n\n");
        var s = p.validation().summary();
        md.append("**Validation:** ").append(s.passed()).append(" passed, ").append(s.failed()).append(" failed, ")
                .append(s.notObservable()).append(" not observable (staged run: ").append(p.validation().stagedRun())
                .append(")\n\n");
        if (r.intake() != null) {
            md.append("**Next owner:** ").append(r.intake().nextStepOwnerRole()).append(" — ")
                    .append(r.intake().nextAction()).append("\n\n");
        }
        md.append("## Next actions\n\n");
        p.nextActions().stream().limit(10).forEach(a -> md.append("- ").append(a.action()).append(" (")
                .append(a.ownerRole()).append(")\n"));
        if (p.nextActions().size() > 10) {
            md.append("- … ").append(p.nextActions().size() - 10).append(" more in the packet\n");
        }
        md.append("\n## Runbook\n\nOn call: ").append(p.runbook().onCallRole()).append("\n\n");
        p.runbook().alerts().forEach(a -> md.append("- alert `").append(a.name()).append("`: ").append(a.condition())
                .append(" → ").append(a.ownerRole()).append('\n'));
        md.append("\n## Risks (").append(p.riskRegister().size()).append(")\n\n");
        p.riskRegister().forEach(k -> md.append("- ").append(k.id()).append(" [").append(k.severity()).append("] ")
                .append(k.risk()).append(" — owner ").append(k.owner()).append('\n'));
        md.append("\n## Audit references\n\n");
        p.auditReferences().forEach(a -> md.append("- `").append(a.artifactId()).append("` entry #")
                .append(a.sequence()).append('\n'));
        md.append("- this handoff: entry #").append(r.audit().sequence()).append('\n');
        md.append(OrchestrationNote.markdown(r.orchestration()));
        return md.toString();
    }
}
