package org.webhookorchestrator.core.remote;

import java.util.Objects;
import org.webhookorchestrator.core.DependencyFailure;

/** One attempt of a remote call failed; the kind decides whether it is retried, and what the caller is told. */
final class RemoteFailureException extends RuntimeException {

    private final DependencyFailure kind;

    RemoteFailureException(DependencyFailure kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    DependencyFailure kind() {
        return kind;
    }
}
