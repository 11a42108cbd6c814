package org.webhookorchestrator.webhook.validation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.design.Figure;

/** What static checks share: the item form and reading design figures as quantities. */
public final class StaticItems {

    public static final String METHOD = "static check of the design against the provider catalog";

    private StaticItems() {
    }

    public static ChecklistItem item(String check, String provider, String criterion, String metric, String threshold,
                                     String observed, ItemStatus status, List<String> evidence) {
        String id = "static." + check + (provider == null ? "" : "." + provider);
        return new ChecklistItem(id, "static", provider, criterion, metric, threshold, METHOD, observed, status,
                evidence);
    }

    public static Optional<Duration> duration(Figure f) {
        if (f == null) {
            return Optional.empty();
        }
        return switch (f.unit()) {
            case s -> Optional.of(Duration.ofSeconds(f.value()));
            case ms -> Optional.of(Duration.ofMillis(f.value()));
            default -> Optional.empty();
        };
    }

    public static String text(Figure f) {
        if (f == null) {
            return "absent";
        }
        return f.value() + " " + f.unit() + " (" + f.basis() + (f.ref() == null ? "" : ": " + f.ref()) + ")";
    }
}
