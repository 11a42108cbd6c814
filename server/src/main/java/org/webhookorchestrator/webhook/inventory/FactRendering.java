package org.webhookorchestrator.webhook.inventory;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.webhook.catalog.SourcedFact;
import org.webhookorchestrator.webhook.inventory.Inventory.Fact;
import org.webhookorchestrator.webhook.inventory.Inventory.FactStatus;

/** Renders a catalog fact for the inventory: its value as text, its unit read off the fact's name. */
final class FactRendering {

    private FactRendering() {
    }

    static Fact render(String name, SourcedFact<?> fact) {
        FactStatus status = FactStatus.valueOf(fact.status().name().toLowerCase(Locale.ROOT));
        String value = fact.value() == null ? null : text(fact.value());
        return new Fact(name, value, value == null ? null : unit(name), status, fact.sources(), fact.note());
    }

    static String unit(String name) {
        if (name.endsWith("Seconds")) {
            return "s";
        }
        if (name.endsWith("Millis")) {
            return "ms";
        }
        if (name.endsWith("Bytes")) {
            return "bytes";
        }
        return null;
    }

    static String text(Object value) {
        if (value instanceof Duration d) {
            return Long.toString(d.toSeconds());
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Collection<?> c && c.stream().allMatch(v -> v instanceof Number || v instanceof String)) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return CanonicalJson.string(value);
    }
}
