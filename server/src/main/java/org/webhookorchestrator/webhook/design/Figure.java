package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/**
 * A number in a design together with where it comes from. Exactly one account is given: a provider fact (with its
 * sources), a derivation (rule and inputs), a caller's constraint, an engine policy (with its rationale) or an
 * assumption (by id, listed among the design's assumptions).
 */
@JsonClassDescription("A number with its basis: fact, derived, constraint, policy or assumption.")
public record Figure(
        long value,
        Unit unit,
        Basis basis,
        @JsonPropertyDescription("Present when basis is fact.") FactRef fact,
        @JsonPropertyDescription("Present when basis is derived.") Derivation derivation,
        @JsonPropertyDescription("The policy name, constraint path or assumption id; for a fact, the fact name; for "
                + "a derivation, the rule.") String ref,
        @JsonPropertyDescription("Why the policy value, or what the constraint or assumption says.") String rationale) {

    public Figure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(ref, "ref");
        if ((basis == Basis.fact) != (fact != null)) {
            throw new IllegalArgumentException("a figure carries a fact reference exactly when its basis is fact");
        }
        if ((basis == Basis.derived) != (derivation != null)) {
            throw new IllegalArgumentException("a figure carries a derivation exactly when its basis is derived");
        }
        if ((basis == Basis.policy || basis == Basis.assumption) && (rationale == null || rationale.isBlank())) {
            throw new IllegalArgumentException("a " + basis + " figure states its rationale");
        }
    }

    public static Figure fact(long value, Unit unit, FactRef fact) {
        return new Figure(value, unit, Basis.fact, fact, null, fact.fact(), null);
    }

    public static Figure derived(long value, Unit unit, Derivation derivation) {
        return new Figure(value, unit, Basis.derived, null, derivation, derivation.rule(), null);
    }

    public static Figure constraint(long value, Unit unit, String path) {
        return new Figure(value, unit, Basis.constraint, null, null, path, "given in the design constraints");
    }

    public static Figure policy(long value, Unit unit, String name, String rationale) {
        return new Figure(value, unit, Basis.policy, null, null, name, rationale);
    }

    public static Figure assumed(long value, Unit unit, String assumptionId, String rationale) {
        return new Figure(value, unit, Basis.assumption, null, null, assumptionId, rationale);
    }

    /** The same quantity in milliseconds; only seconds convert. */
    public long millis() {
        return switch (unit) {
            case ms -> value;
            case s -> Math.multiplyExact(value, 1000L);
            default -> throw new IllegalStateException("not a duration: " + unit);
        };
    }

    /** The same quantity in whole seconds, rounded down; only durations convert. */
    public long seconds() {
        return switch (unit) {
            case s -> value;
            case ms -> value / 1000L;
            default -> throw new IllegalStateException("not a duration: " + unit);
        };
    }

    /** The value with its unit, as people read it: {@code 285120 s (3 d 7 h 12 min)}. */
    public String display() {
        return Durations.display(value, unit);
    }
}
