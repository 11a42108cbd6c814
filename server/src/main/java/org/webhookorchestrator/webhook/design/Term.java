package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;

/**
 * One input of a derivation, flattened so that a derivation never nests another: a derived input names the rule that
 * produced it, and that figure's own derivation is stated where the figure lives.
 */
public record Term(
        @JsonPropertyDescription("The input's name in the formula.") String name,
        long value,
        Unit unit,
        Basis basis,
        @JsonPropertyDescription("The fact name, constraint path, policy name, assumption id or rule it comes from.")
        String ref,
        @JsonPropertyDescription("Source keys when the input is a provider fact.") List<String> sources) {

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(ref, "ref");
        sources = List.copyOf(sources);
    }

    /** The figure as an input named {@code name}. */
    public static Term of(String name, Figure figure) {
        return new Term(name, figure.value(), figure.unit(), figure.basis(), figure.ref(),
                figure.fact() == null ? List.of() : figure.fact().sources());
    }
}
