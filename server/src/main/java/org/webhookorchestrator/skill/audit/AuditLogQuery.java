package org.webhookorchestrator.skill.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What to ask the audit log: entries matching filters, one entry by sequence, or a verification of the whole log. */
public record AuditLogQuery(
        @JsonPropertyDescription("entries: list matching entries (newest last); entry: one entry by sequence, with "
                + "its artifact and an inclusion proof; verify: recompute the chain, the tree and checkpoint "
                + "signatures.")
        @NotNull Action action,

        @JsonPropertyDescription("Only entries of this project.") @Size(max = 64) String project,
        @JsonPropertyDescription("Only entries written by this tool.") @Pattern(regexp = "^[a-z0-9_]{1,64}$") String tool,
        @JsonPropertyDescription("Only entries carrying this artifact id.") @Size(max = 100) String artifactId,
        @JsonPropertyDescription("Only entries at or after this instant (ISO-8601, e.g. 2026-12-04T00:00:00Z).")
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$") String from,
        @JsonPropertyDescription("Only entries before this instant (ISO-8601).")
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$") String to,
        @JsonPropertyDescription("At most this many entries, the newest (default 20).") @Min(1) @Max(500) Integer limit,
        @JsonPropertyDescription("For action entry: the entry's sequence number.") @Min(1) Long sequence) {

    public enum Action {
        @JsonProperty("entries") ENTRIES,
        @JsonProperty("entry") ENTRY,
        @JsonProperty("verify") VERIFY
    }
}
