package org.webhookorchestrator.core.remote;

import java.util.Objects;
import java.util.function.Function;
import org.webhookorchestrator.core.DependencyInfo;

/**
 * One operation of a remote dependency: the tool that serves it, the record its result binds to, the contract the
 * answer must declare, and whether it may be retried.
 *
 * @param idempotent whether a repeat has no further effect, so that a call whose answer was lost may be sent again
 * @param value the contracted answer inside the tool's result
 * @param answeredBy which implementation the remote says answered
 * @param contractOf the contract the answer declares, e.g. quality-report.v1
 */
record RemoteOperation<R, T>(String tool, Class<R> resultType, String contract, boolean idempotent,
                             Function<R, T> value, Function<R, DependencyInfo> answeredBy,
                             Function<T, String> contractOf) {

    RemoteOperation {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(resultType, "resultType");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(contractOf, "contractOf");
    }
}
