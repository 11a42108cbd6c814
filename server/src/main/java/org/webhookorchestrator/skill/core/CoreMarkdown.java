package org.webhookorchestrator.skill.core;

import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.contract.AdvanceDecision;
import org.webhookorchestrator.core.contract.CompletedPhase;
import org.webhookorchestrator.core.contract.GateResult;
import org.webhookorchestrator.core.contract.IntakeReceipt;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.core.contract.QualityReport;

/** The short texts people read beside the core tools' structured results. */
final class CoreMarkdown {

    private CoreMarkdown() {
    }

    static String context(ProjectContext c, DependencyInfo by) {
        StringBuilder md = new StringBuilder("## Project `").append(c.project()).append("`\n\n");
        if (!c.known()) {
            md.append("Not seen before.\n\n");
        }
        if (c.objective() != null) {
            md.append("**Objective:** ").append(c.objective()).append("\n\n");
        }
        md.append("**Phase:** ").append(c.activePhase() == null ? "handed off" : c.activePhase()).append('\n');
        for (CompletedPhase p : c.completed()) {
            md.append("- ").append(p.phase()).append(": `").append(p.artifactId()).append("`\n");
        }
        md.append("\n**Next:** ").append(c.nextStep()).append("\n\n");
        return md.append(answeredBy(by)).toString();
    }

    static String advance(AdvanceDecision d, DependencyInfo by) {
        if (d.accepted()) {
            return "**Recorded:** " + d.message() + "\n\n**Next:** " + d.context().nextStep() + "\n\n" + answeredBy(by);
        }
        return "**Refused:** " + d.message() + "\n\n" + d.refusal().toMarkdown() + "\n" + answeredBy(by);
    }

    static String intake(IntakeReceipt r, DependencyInfo by) {
        if (r.accepted()) {
            return "**Taken in:** " + r.message() + "\n\n" + answeredBy(by);
        }
        return "**Refused:** " + r.message() + "\n\n" + r.refusal().toMarkdown() + "\n" + answeredBy(by);
    }

    static String report(QualityReport r, DependencyInfo by) {
        StringBuilder md = new StringBuilder("## Definition of Done for `").append(r.subjectId()).append("`: ")
                .append(r.passed() ? "passed" : "blocked by " + String.join(", ", r.blockingFailures()))
                .append("\n\n| gate | result | blocks | summary |\n|---|---|---|---|\n");
        for (GateResult g : r.gates()) {
            md.append("| `").append(g.name()).append("` | ").append(g.passed() ? "pass" : "**fail**").append(" | ")
                    .append(g.blocking() ? "yes" : "no").append(" | ").append(g.summary()).append(" |\n");
        }
        for (GateResult g : r.gates()) {
            for (GateResult.Finding f : g.evidence()) {
                md.append("\n- `").append(g.name()).append("` ").append(f.item()).append(": ").append(f.problem());
            }
        }
        return md.append("\n\n").append(answeredBy(by)).toString();
    }

    static String answeredBy(DependencyInfo by) {
        return "_Answered by " + by.describe() + "._\n";
    }
}
