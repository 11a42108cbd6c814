package org.webhookorchestrator.host.auth;

/** How a {@link Caller} was established. */
public enum AuthenticatedBy {
    /** No authentication configured: loopback only. */
    NONE,
    STATIC_TOKEN,
    OAUTH_ACCESS_TOKEN
}
