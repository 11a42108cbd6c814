package org.webhookorchestrator.webhook.validation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The validation checklist of a design (contract {@code validation.v1}): static checks re-derived from the provider
 * catalog, and, when a staged run was asked for, the receiver grader's cases. Static items are a pure function of the
 * design and the catalog; staged items carry what was measured, so two staged runs may differ.
 */
@JsonClassDescription("Validation checklist of a webhook design, contract validation.v1.")
public record Validation(
        @JsonPropertyDescription("Always validation.v1.") @NotNull String contract,
        @NotNull String project,
        @JsonPropertyDescription("Content address of the design validated.") @NotNull String designId,
        @JsonPropertyDescription("SHA-256 of the catalog the static checks read.") @NotNull String catalogDigest,
        @JsonPropertyDescription("none, reference-receiver or target.") @NotNull String stagedRun,
        @JsonPropertyDescription("Where staged deliveries went; absent without a staged run.") String target,
        List<ChecklistItem> checklist,
        @NotNull Summary summary) {

    public static final String CONTRACT = "validation.v1";

    public Validation {
        checklist = List.copyOf(checklist);
    }

    /** Counts per status; {@code blocking} is true when any item failed. */
    public record Summary(int passed, int failed, int notObservable, int notApplicable, boolean blocking) {
        public static Summary of(List<ChecklistItem> items) {
            int p = 0;
            int f = 0;
            int o = 0;
            int a = 0;
            for (ChecklistItem i : items) {
                switch (i.status()) {
                    case pass -> p++;
                    case fail -> f++;
                    case not_observable -> o++;
                    case not_applicable -> a++;
                }
            }
            return new Summary(p, f, o, a, f > 0);
        }
    }
}
