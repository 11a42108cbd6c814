package org.webhookorchestrator.webhook.grader;

import java.util.Locale;

/** A grade report as a person reads it in a CI log: one line per case, evidence under each failure. */
public final class ReportText {

    private ReportText() {
    }

    public static String render(GradeReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Receiver grade: ").append(report.providerId()).append(" (").append(report.schemeId())
                .append(") at ").append(report.url()).append('\n');
        for (CaseResult result : report.results()) {
            text.append(String.format(Locale.ROOT, "  %-15s %-25s %s%n", label(result.outcome()), result.id(),
                    result.observed()));
            if (result.outcome() == Outcome.FAIL || result.outcome() == Outcome.NOT_OBSERVABLE) {
                text.append(String.format(Locale.ROOT, "  %-15s %-25s criterion: %s%n", "", "",
                        result.spec().criterion()));
                for (String line : result.evidence()) {
                    text.append(String.format(Locale.ROOT, "  %-15s %-25s evidence: %s%n", "", "", line));
                }
            }
        }
        text.append(String.format(Locale.ROOT, "%d cases: %d passed, %d failed, %d not observable, %d not applicable"
                        + " in %.1f s%n", report.results().size(), report.count(Outcome.PASS),
                report.count(Outcome.FAIL), report.count(Outcome.NOT_OBSERVABLE), report.count(Outcome.NOT_APPLICABLE),
                report.wallTime().toMillis() / 1000.0));
        return text.toString();
    }

    static String label(Outcome outcome) {
        return outcome.name().replace('_', '-');
    }
}
