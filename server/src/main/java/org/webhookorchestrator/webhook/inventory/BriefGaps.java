package org.webhookorchestrator.webhook.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.webhookorchestrator.webhook.inventory.Inventory.Gap;
import org.webhookorchestrator.webhook.inventory.Inventory.InventoriedProvider;
import org.webhookorchestrator.webhook.inventory.Inventory.SecretRef;

/** What a brief leaves open, each as a question: checked in a fixed order so that the list is stable. */
final class BriefGaps {

    private BriefGaps() {
    }

    static List<Gap> of(InventoryRequest brief, List<InventoriedProvider> providers, List<SecretRef> secrets) {
        List<Gap> gaps = new ArrayList<>();
        if (brief.authModel() == null) {
            gaps.add(new Gap("auth", "How does the receiver authenticate each provider, and where are the secrets "
                    + "kept?"));
        }
        Set<String> withSecret = secrets.stream().map(SecretRef::providerId).collect(Collectors.toSet());
        for (InventoriedProvider p : providers) {
            if (!withSecret.contains(p.providerId())) {
                gaps.add(new Gap("auth", "Where does the receiver get " + p.displayName() + "'s secret or key? Give "
                        + "a reference such as env:NAME."));
            }
            if (p.events().isEmpty()) {
                gaps.add(new Gap("events", "Which " + p.displayName() + " event types must be received?"));
            }
        }
        Set<String> offered = new TreeSet<>();
        providers.forEach(p -> offered.addAll(p.events()));
        for (InventoryRequest.ConsumerService c : brief.systems().consumers()) {
            List<String> missing = c.consumes().stream().filter(e -> !offered.contains(e)).sorted().toList();
            if (!missing.isEmpty() && !offered.isEmpty()) {
                gaps.add(new Gap("events", c.name() + " consumes " + String.join(", ", missing)
                        + ", which no provider in the brief is listed as sending: which provider sends them?"));
            }
        }
        if (brief.contractRequirements().isEmpty()) {
            gaps.add(new Gap("contract", "Which payload fields and API versions do the consumers rely on?"));
        }
        InventoryRequest.Constraints c = brief.constraints();
        if (c == null) {
            gaps.add(new Gap("constraints", "What security, legal, budget, timeline and staffing constraints apply?"));
            return gaps;
        }
        if (c.security().isEmpty()) {
            gaps.add(new Gap("security", "Which security requirements apply (network exposure, data classification, "
                    + "secret handling)?"));
        }
        if (c.legal().isEmpty()) {
            gaps.add(new Gap("legal", "How long may payloads be retained, and do they contain personal data?"));
        }
        if (blank(c.budget())) {
            gaps.add(new Gap("budget", "Which infrastructure may be used or bought (PostgreSQL, Redis, a queue)?"));
        }
        if (blank(c.timeline())) {
            gaps.add(new Gap("timeline", "When must the ingestion be in production?"));
        }
        if (blank(c.staffing())) {
            gaps.add(new Gap("staffing", "Who builds it, and who is on call for it?"));
        }
        return gaps;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
