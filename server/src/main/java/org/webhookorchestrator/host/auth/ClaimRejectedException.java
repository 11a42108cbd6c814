package org.webhookorchestrator.host.auth;

import com.nimbusds.jwt.proc.BadJWTException;

/** Raised inside the JWT processor by {@link AccessTokenClaims}, so that the reason survives the processor. */
final class ClaimRejectedException extends BadJWTException {

    private static final long serialVersionUID = 1L;

    private final transient RejectionReason reason;

    ClaimRejectedException(RejectionReason reason) {
        super(reason.description());
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }
}
