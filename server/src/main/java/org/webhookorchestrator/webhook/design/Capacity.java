package org.webhookorchestrator.webhook.design;

/** The sizes the infrastructure must hold, each derived from the rates and the windows of the design. */
public record Capacity(Figure dedupeRecords, Figure outageBacklog, Figure ingressRateLimit, Figure inboxWritesPeak) {
}
