package org.webhookorchestrator.core;

/**
 * Why a dependency gave no usable answer. Whether a failure is transient decides whether an idempotent call is
 * retried: a remote that is down, slow or failing may recover in a moment; one that answers garbage or something
 * against the contract will answer the same garbage again.
 */
public enum DependencyFailure {
    /** The connection was refused or could not be made. */
    unreachable(true),
    /** No answer within the call timeout. */
    timeout(true),
    /** The remote answered with an HTTP 5xx status. */
    server_error(true),
    /** The answer was not JSON, or not a JSON-RPC message. */
    malformed_answer(false),
    /** The answer was JSON but did not match the contract schema. */
    contract_violation(false),
    /** The remote answered the call with an error of its own (unknown tool, invalid arguments, internal error). */
    remote_error(false),
    /** The circuit breaker is open after repeated failures: the call was not attempted. */
    circuit_open(false);

    private final boolean transientFailure;

    DependencyFailure(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
