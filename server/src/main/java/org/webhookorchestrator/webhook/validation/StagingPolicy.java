package org.webhookorchestrator.webhook.validation;

import java.util.List;
import java.util.Set;
import org.webhookorchestrator.webhook.grader.TargetPolicy;

/**
 * What the operator allows staged validation to do, set when the server starts and never widened by a tool call:
 * which hosts besides loopback staged deliveries may go to, and which secret references the server may resolve
 * (prefixes such as {@code env:STAGING_} or {@code file:/run/secrets/}). By default: loopback only, no reference.
 */
public record StagingPolicy(Set<String> allowedHosts, List<String> allowedSecretRefPrefixes) {

    public StagingPolicy {
        allowedHosts = Set.copyOf(allowedHosts);
        allowedSecretRefPrefixes = List.copyOf(allowedSecretRefPrefixes);
    }

    public static StagingPolicy loopbackOnly() {
        return new StagingPolicy(Set.of(), List.of());
    }

    public TargetPolicy targets() {
        return allowedHosts.isEmpty() ? TargetPolicy.loopbackOnly() : TargetPolicy.allowing(allowedHosts);
    }

    public boolean mayResolve(String reference) {
        return allowedSecretRefPrefixes.stream().anyMatch(reference::startsWith);
    }
}
