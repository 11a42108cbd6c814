package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ThreatCase;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** The abuse cases the skill treats as acceptance criteria are all present, each with a criterion a test can check. */
public final class ThreatCoverageCheck implements DesignCheck {

    static final List<String> REQUIRED = List.of("forgery", "replay", "timing", "secret", "oversize", "malformed",
            "retry storm");

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<String> evidence = new ArrayList<>();
        for (String threat : REQUIRED) {
            boolean covered = design.threatModel().stream().anyMatch(t -> mentions(t, threat));
            if (!covered) {
                evidence.add("no threat case covers " + threat);
            }
        }
        design.threatModel().stream().filter(t -> t.acceptanceCriterion() == null || t.acceptanceCriterion().isBlank())
                .forEach(t -> evidence.add(t.id() + " has no acceptance criterion"));
        return List.of(StaticItems.item("threat-coverage", null,
                "forgery, replay, timing attacks, secret leakage, oversized and malformed payloads and retry storms "
                        + "are each an acceptance criterion", "threats missing or without a criterion", "0",
                String.valueOf(evidence.size()), evidence.isEmpty() ? ItemStatus.pass : ItemStatus.fail,
                evidence.isEmpty() ? List.of(design.threatModel().size() + " threat cases") : evidence));
    }

    private static boolean mentions(ThreatCase t, String threat) {
        String text = (t.threat() + " " + t.abuseCase() + " " + t.id()).toLowerCase(Locale.ROOT);
        return text.contains(threat) || threat.equals("oversize") && text.contains("oversized")
                || threat.equals("retry storm") && text.contains("retry-storm");
    }
}
