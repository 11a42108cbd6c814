package org.webhookorchestrator.webhook.design;

import java.util.stream.Collectors;

/** A figure as a reviewer reads it: the value, then where it comes from. */
final class FigureText {

    private FigureText() {
    }

    static String of(Figure f) {
        if (f == null) {
            return "none";
        }
        return f.display() + " (" + basis(f) + ")";
    }

    static String basis(Figure f) {
        return switch (f.basis()) {
            case fact -> "fact `" + f.fact().fact() + "`, " + f.fact().status() + ", "
                    + String.join(", ", f.fact().sources());
            case derived -> "`" + f.derivation().rule() + "`: " + f.derivation().formula() + "; with "
                    + f.derivation().inputs().stream().map(FigureText::term).collect(Collectors.joining(", "));
            case constraint -> "constraint `" + f.ref() + "`";
            case policy -> "policy `" + f.ref() + "`: " + f.rationale();
            case assumption -> "assumption `" + f.ref() + "`";
        };
    }

    private static String term(Term t) {
        String from = switch (t.basis()) {
            case fact -> "fact " + t.ref() + (t.sources().isEmpty() ? "" : " " + String.join("/", t.sources()));
            case derived -> "rule " + t.ref();
            case constraint -> "constraint " + t.ref();
            case policy -> "policy " + t.ref();
            case assumption -> "assumption " + t.ref();
        };
        return t.name() + " = " + Durations.display(t.value(), t.unit()) + " [" + from + "]";
    }
}
