package org.webhookorchestrator.skill;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where a call's decision was recorded: the audit entry's sequence number and hash, to cite or verify later. */
public record AuditRef(
        @JsonPropertyDescription("Sequence number of the audit entry.") long sequence,
        @JsonPropertyDescription("SHA-256 of the audit entry, hex.") @jakarta.validation.constraints.NotNull String entryHash) {

    public static AuditRef of(DecisionLog.Recorded recorded) {
        return new AuditRef(recorded.sequence(), recorded.entryHash());
    }
}
