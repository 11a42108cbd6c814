package org.webhookorchestrator.audit;

import java.util.List;

/** What opening the log repaired: the torn tails it moved aside (none after a clean shutdown). */
public record RecoveryReport(long entries, List<TornTail> movedAside) {

    public RecoveryReport {
        movedAside = List.copyOf(movedAside);
    }

    public boolean repaired() {
        return !movedAside.isEmpty();
    }

    public String describe() {
        if (movedAside.isEmpty()) {
            return "audit log intact: " + entries + " entries";
        }
        StringBuilder out = new StringBuilder("audit log recovered from a crash mid-write: ");
        for (int i = 0; i < movedAside.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(movedAside.get(i).describe());
        }
        return out.append("; ").append(entries).append(" entries intact").toString();
    }
}
