package org.webhookorchestrator.audit;

import java.util.List;

/**
 * The outcome of {@code audit verify}: how much was checked and, when something is wrong, the first bad sequence
 * number (null when the damage has no entry to point at, such as a bad checkpoint), its kind and a message for people.
 */
public record VerificationReport(boolean ok, long entriesChecked, long checkpointsChecked, Long firstBadSequence,
                                 DamageKind damage, String message, List<TornTail> tornTails) {

    public VerificationReport {
        tornTails = List.copyOf(tornTails);
    }

    static VerificationReport intact(long entries, long checkpoints) {
        return new VerificationReport(true, entries, checkpoints, null, null,
                "intact: " + entries + " entries chained, " + checkpoints + " checkpoints signed and matching",
                List.of());
    }

    static VerificationReport damaged(long entries, long checkpoints, Long firstBad, DamageKind kind, String message) {
        return new VerificationReport(false, entries, checkpoints, firstBad, kind, message, List.of());
    }

    static VerificationReport torn(long entries, long checkpoints, List<TornTail> tails) {
        StringBuilder message = new StringBuilder("torn tail (a crash mid-write): ");
        for (int i = 0; i < tails.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(tails.get(i).describe());
        }
        message.append("; the ").append(entries).append(" entries before it are intact");
        boolean entryTorn = tails.stream().anyMatch(t -> !t.file().getFileName().toString()
                .equals(SegmentFiles.CHECKPOINT_FILE));
        return new VerificationReport(false, entries, checkpoints, entryTorn ? entries + 1 : null,
                DamageKind.TORN_TAIL, message.toString(), tails);
    }

    /** True when the only finding is a torn tail, which recovery repairs by moving it aside. */
    public boolean onlyTornTail() {
        return damage == DamageKind.TORN_TAIL;
    }
}
