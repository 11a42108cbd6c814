package org.webhookorchestrator.core.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelcontextprotocol.spec.McpError;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webhookorchestrator.core.DependencyFailure;

/**
 * Turns whatever the MCP client threw into one of the {@link DependencyFailure} kinds, by the first cause in the chain
 * that says what happened. Messages name the remote and the limit that was hit, never a token or a payload.
 */
final class FailureClassifier {

    private static final Pattern HTTP_STATUS = Pattern.compile("(?i)status(?: code)?[^0-9]{0,3}([1-5][0-9]{2})");

    private FailureClassifier() {
    }

    static RemoteFailureException classify(Throwable thrown, RemoteEndpoint endpoint, RemotePolicy policy) {
        String where = endpoint.url().toString();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RemoteFailureException known) {
                return known;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return failure(DependencyFailure.unreachable, "could not connect to " + where + " within "
                        + policy.connectTimeout().toMillis() + " ms", thrown);
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException
                    || t instanceof UnknownHostException) {
                return failure(DependencyFailure.unreachable, "could not connect to " + where + " ("
                        + t.getClass().getSimpleName() + ")", thrown);
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return failure(DependencyFailure.timeout, "no answer from " + where + " within "
                        + policy.callTimeout().toMillis() + " ms", thrown);
            }
            if (t instanceof McpError error && error.getJsonRpcError() != null) {
                return failure(DependencyFailure.remote_error, where + " answered with JSON-RPC error "
                        + error.getJsonRpcError().code() + ": " + error.getJsonRpcError().message(), thrown);
            }
            if (t instanceof JsonProcessingException) {
                return failure(DependencyFailure.malformed_answer, where + " answered with something that is not "
                        + "JSON-RPC over JSON", thrown);
            }
            Matcher status = HTTP_STATUS.matcher(String.valueOf(t.getMessage()));
            if (status.find()) {
                int code = Integer.parseInt(status.group(1));
                return failure(code >= 500 ? DependencyFailure.server_error : DependencyFailure.remote_error,
                        where + " answered HTTP " + code, thrown);
            }
        }
        return failure(DependencyFailure.malformed_answer, where + " gave no usable answer ("
                + thrown.getClass().getSimpleName() + ")", thrown);
    }

    private static RemoteFailureException failure(DependencyFailure kind, String message, Throwable cause) {
        return new RemoteFailureException(kind, message, cause);
    }
}
