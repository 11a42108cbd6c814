package org.webhookorchestrator.audit;

/** The log cannot take appends: it was closed, or a write failed and its tail is no longer known to be whole. */
public final class AuditLogUnavailableException extends IllegalStateException {

    AuditLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
