package org.webhookorchestrator.webhook.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying one delivery: ok, or failed for a {@link FailureReason} with a short detail for logs. A
 * detail names headers and versions, never a secret, a key or the signature that was expected.
 */
public final class Verification {

    private static final Verification OK = new Verification(null, "verified");

    private final FailureReason reason;
    private final String detail;

    private Verification(FailureReason reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    public static Verification ok() {
        return OK;
    }

    public static Verification failed(FailureReason reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        return new Verification(reason, detail);
    }

    public boolean isOk() {
        return reason == null;
    }

    /** The reason for a failure; empty when the delivery verified. */
    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(reason);
    }

    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verification that && reason == that.reason && detail.equals(that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, detail);
    }

    @Override
    public String toString() {
        return isOk() ? "Verification[ok]" : "Verification[" + reason + ": " + detail + "]";
    }
}
