package org.webhookorchestrator.skill.audit;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The audit log's answer: entries (summaries, or one in full) and, for verify, the verification report. */
public record AuditLogAnswer(
        @JsonPropertyDescription("Entries in sequence order.") List<EntryView> entries,
        @JsonPropertyDescription("Present for action verify.") Verification verification,
        @JsonPropertyDescription("Durable entries in the log.") long size) {

    public AuditLogAnswer {
        entries = List.copyOf(entries);
    }

    /** One entry; {@code artifact}, {@code treeSize} and a non-empty {@code inclusionProof} only for action entry. */
    public record EntryView(long sequence, @NotNull String time, @NotNull String hash, @NotNull String previousHash,
                            @NotNull String tool, String project, String client, String session, String inputDigest,
                            String artifactId, @NotNull String decision, String rationale, JsonNode artifact,
                            List<String> inclusionProof, Long treeSize) {
        public EntryView {
            inclusionProof = inclusionProof == null ? List.of() : List.copyOf(inclusionProof);
        }
    }

    /** The outcome of a verification: where the first damage is, if any. */
    public record Verification(boolean ok, long entriesChecked, long checkpointsChecked, Long firstBadSequence,
                               String damage, @NotNull String message) {
    }
}
