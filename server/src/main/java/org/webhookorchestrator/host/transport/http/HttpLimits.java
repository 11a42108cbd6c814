package org.webhookorchestrator.host.transport.http;

import org.webhookorchestrator.host.transport.JsonLimits;

/**
 * What one caller may ask of the Streamable HTTP endpoint at once: the size of a request body, the shape of its JSON,
 * and how many requests may be in flight, in all and per session. Long-lived GET streams are not counted: they hold
 * no worker while they wait.
 */
public record HttpLimits(int maxRequestBytes, JsonLimits json, int maxConcurrent, int maxConcurrentPerSession) {

    public static final HttpLimits DEFAULT = new HttpLimits(1024 * 1024, JsonLimits.DEFAULT, 64, 8);

    public HttpLimits {
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes");
        }
        if (maxConcurrent < 1 || maxConcurrentPerSession < 1 || maxConcurrentPerSession > maxConcurrent) {
            throw new IllegalArgumentException("concurrency limits must be positive and the per-session limit at most "
                    + "the global one: " + maxConcurrent + " global, " + maxConcurrentPerSession + " per session");
        }
    }
}
