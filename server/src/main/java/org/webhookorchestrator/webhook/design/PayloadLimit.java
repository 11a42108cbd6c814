package org.webhookorchestrator.webhook.design;

import java.util.List;

/** The largest request body accepted, and what happens above it. */
public record PayloadLimit(Figure limit, List<String> enforcement) {

    public PayloadLimit {
        enforcement = List.copyOf(enforcement);
    }
}
