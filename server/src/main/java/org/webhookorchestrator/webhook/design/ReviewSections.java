package org.webhookorchestrator.webhook.design;

/** The parts of the design document a reviewer signs off: threats, risks, trade-offs, unknowns, plan and rollout. */
final class ReviewSections {

    private ReviewSections() {
    }

    static void render(StringBuilder md, Design d) {
        md.append("## Threat model and abuse cases\n\n| id | endpoint | threat | abuse case | control | accepted when "
                + "| grader case | severity |\n|---|---|---|---|---|---|---|---|\n");
        for (ThreatCase t : d.threatModel()) {
            md.append("| ").append(t.id()).append(" | ").append(t.provider() == null ? "all" : t.provider())
                    .append(" | ").append(c(t.threat())).append(" | ").append(c(t.abuseCase())).append(" | ")
                    .append(c(t.control())).append(" | ").append(c(t.acceptanceCriterion())).append(" | ")
                    .append(t.graderCase() == null ? "review" : t.graderCase()).append(" | ").append(t.severity())
                    .append(" |\n");
        }
        md.append("\n## Risk register\n\n| id | kind | risk | severity | likelihood | mitigation | escalate when | "
                + "owner |\n|---|---|---|---|---|---|---|---|\n");
        for (Risk r : d.risks()) {
            md.append("| ").append(r.id()).append(" | ").append(r.category()).append(" | ").append(c(r.risk()))
                    .append(" | ").append(r.severity()).append(" | ").append(r.likelihood()).append(" | ")
                    .append(c(r.mitigation())).append(" | ").append(c(r.escalationTrigger())).append(" | ")
                    .append(r.owner()).append(" |\n");
        }
        md.append("\n## Trade-offs\n\n");
        for (TradeOff t : d.tradeOffs()) {
            md.append("- **").append(t.id()).append(": ").append(t.decision()).append(".** ").append(t.justification())
                    .append(". Considered: ").append(String.join("; ", t.alternatives())).append(".\n");
        }
        md.append("\n## Assumptions\n\n| id | assumption | confidence | basis |\n|---|---|---|---|\n");
        for (DesignAssumption a : d.assumptions()) {
            md.append("| ").append(a.id()).append(" | ").append(c(a.statement())).append(" | ").append(a.confidence())
                    .append(" | ").append(c(a.basis())).append(" |\n");
        }
        md.append("\n## Open questions\n\n| id | question | affects | owner |\n|---|---|---|---|\n");
        for (OpenQuestion q : d.openQuestions()) {
            md.append("| ").append(q.id()).append(" | ").append(c(q.question())).append(" | ").append(c(q.affects()))
                    .append(" | ").append(q.owner()).append(" |\n");
        }
        md.append("\n## Execution plan\n\n| # | step | action | owner | after | done when |\n|---|---|---|---|---|---|\n");
        for (PlanStep s : d.executionPlan()) {
            md.append("| ").append(s.order()).append(" | ").append(s.id()).append(" | ").append(c(s.action()))
                    .append(" | ").append(s.owner()).append(" | ").append(String.join(", ", s.dependsOn()))
                    .append(" | ").append(c(s.doneWhen())).append(" |\n");
        }
        md.append("\n## Rollout\n\n| # | stage | action | gate | roll back when | owner |\n|---|---|---|---|---|---|\n");
        for (RolloutStage s : d.rollout()) {
            md.append("| ").append(s.order()).append(" | ").append(s.stage()).append(" | ").append(c(s.action()))
                    .append(" | ").append(c(s.gate())).append(" | ").append(c(s.rollbackTrigger())).append(" | ")
                    .append(s.owner()).append(" |\n");
        }
        md.append("\n## Flow\n\n```mermaid\n").append(d.diagrams().sequence()).append("```\n\n");
        md.append("## Retry timeline\n\n```mermaid\n").append(d.diagrams().retryTimeline()).append("```\n\n");
        d.diagrams().providerRetryTimelines().forEach(t -> md.append("- ").append(t).append('\n'));
        md.append("\n## Rules applied\n\n");
        d.rules().forEach(r -> md.append("- `").append(r.rule()).append("`: ").append(r.formula()).append('\n'));
        md.append("\n## Sources\n\n");
        d.sources().forEach(s -> md.append("- ").append(s.key()).append(": ").append(s.citation()).append('\n'));
    }

    private static String c(String text) {
        return DesignMarkdown.cell(text);
    }
}
