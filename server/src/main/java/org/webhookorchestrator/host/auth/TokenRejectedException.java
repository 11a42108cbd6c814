package org.webhookorchestrator.host.auth;

/** An access token was refused; the reason is safe to show the client. */
public final class TokenRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public TokenRejectedException(RejectionReason reason) {
        super(reason.description());
        this.reason = reason;
    }

    public TokenRejectedException(RejectionReason reason, Throwable cause) {
        super(reason.description(), cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
