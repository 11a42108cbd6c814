package org.webhookorchestrator.webhook.design;

/** Whether source addresses are checked at the edge, as defence in depth behind the signature. */
public record IpAllowlist(boolean planned, String published, FactRef fact, String decision, Figure refreshInterval) {
}
