package org.webhookorchestrator.core.orchestrator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.webhookorchestrator.core.contract.ObjectiveSnapshot;

/**
 * Normalizes an objective the way the orchestrator keeps it: whitespace collapsed and trimmed, blank entries dropped,
 * an entry that repeats an earlier one (ignoring case and spacing) dropped, order kept. Two briefs that differ only in
 * layout give the same context.
 */
final class ObjectiveNormalizer {

    private ObjectiveNormalizer() {
    }

    static ObjectiveSnapshot normalize(ObjectiveSnapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        return new ObjectiveSnapshot(text(snapshot.objective()), entries(snapshot.successCriteria()),
                entries(snapshot.constraints()));
    }

    static String text(String value) {
        return value == null ? null : value.strip().replaceAll("\\s+", " ");
    }

    private static List<String> entries(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        return values.stream().map(ObjectiveNormalizer::text).filter(v -> v != null && !v.isEmpty())
                .filter(v -> seen.add(v.toLowerCase(Locale.ROOT))).toList();
    }
}
