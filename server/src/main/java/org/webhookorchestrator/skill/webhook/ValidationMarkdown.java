package org.webhookorchestrator.skill.webhook;

import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.Validation;

/** The checklist as a reviewer reads it: failures first, then the full table. */
final class ValidationMarkdown {

    private ValidationMarkdown() {
    }

    static String render(String id, Validation v) {
        var s = v.summary();
        StringBuilder md = new StringBuilder("# Validation `").append(id).append("`\n\n");
        md.append("Design `").append(v.designId()).append("`; staged run: ").append(v.stagedRun())
                .append(v.target() == null ? "" : " (" + v.target() + ")").append("\n\n");
        md.append("**").append(s.passed()).append(" passed, ").append(s.failed()).append(" failed, ")
                .append(s.notObservable()).append(" not observable, ").append(s.notApplicable())
                .append(" not applicable.**").append(s.blocking() ? " Failures block the handoff." : "").append("\n");
        if (s.failed() > 0) {
            md.append("\n## Failed\n\n");
            v.checklist().stream().filter(i -> i.status() == ItemStatus.fail).forEach(i -> md.append("- `")
                    .append(i.id()).append("`: ").append(i.criterion()).append(" — ")
                    .append(String.join("; ", i.evidence())).append('\n'));
        }
        md.append("\n## Checklist\n\n| item | criterion | threshold | observed | status |\n|---|---|---|---|---|\n");
        for (ChecklistItem i : v.checklist()) {
            md.append("| `").append(i.id()).append("` | ").append(cell(i.criterion())).append(" | ")
                    .append(cell(i.threshold())).append(" | ").append(cell(i.observed())).append(" | ")
                    .append(i.status()).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s == null ? "—" : s.replace("|", "\\|").replace("\n", " ");
    }
}
