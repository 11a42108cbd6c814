package org.webhookorchestrator.webhook.design;

import java.util.List;

/** Where a provider delivers and what the endpoint accepts. */
public record Endpoint(String path, String method, List<String> rules) {

    public Endpoint {
        rules = List.copyOf(rules);
    }
}
