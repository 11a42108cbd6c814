package org.webhookorchestrator.webhook.grader;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the grader may send traffic: loopback by default, plus the hosts an operator allowed by name. Host names are
 * compared as written, never resolved, so that a DNS answer cannot widen what the operator allowed.
 */
public final class TargetPolicy {

    private final Set<String> allowedHosts;

    private TargetPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public static TargetPolicy loopbackOnly() {
        return new TargetPolicy(Set.of());
    }

    /** Loopback plus {@code hosts}, each a host name or address literal. */
    public static TargetPolicy allowing(Set<String> hosts) {
        return new TargetPolicy(hosts.stream().map(TargetPolicy::normalize).collect(Collectors.toUnmodifiableSet()));
    }

    /** @throws IllegalArgumentException naming the host and how to allow it */
    public void check(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("the URL has no host: " + uri);
        }
        String normalized = normalize(host);
        if (!isLoopback(normalized) && !allowedHosts.contains(normalized)) {
            throw new IllegalArgumentException("refusing to send traffic to " + host + ": only loopback is allowed"
                    + " unless an operator allows the host (--allow-target " + host + ")");
        }
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
