package org.webhookorchestrator.host.auth;

import java.util.Objects;

/**
 * Who sent a request, as the authentication established it. Sessions are bound to {@link #id}; nothing here is a
 * credential, so it may be logged and carried into a tool call.
 *
 * @param id stable and unique per principal: a static token's name, or an OAuth token's issuer and subject
 * @param via how the caller was established
 */
public record Caller(String id, AuthenticatedBy via) {

    /** The one caller of a server without authentication: whoever can reach its loopback port. */
    public static final Caller LOCAL = new Caller("local", AuthenticatedBy.NONE);

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(via, "via");
    }
}
