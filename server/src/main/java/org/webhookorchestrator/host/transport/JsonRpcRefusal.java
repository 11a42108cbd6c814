package org.webhookorchestrator.host.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A JSON-RPC error the transport answers by itself, before the SDK sees the message. Its text is ours, never the
 * input's or an exception's, so that nothing internal or sent by an attacker is reflected back.
 *
 * @param id the request's id when it could be read (a string or an integer), otherwise null
 * @param answered false for a notification: JSON-RPC forbids answering one, even with an error
 */
public record JsonRpcRefusal(int code, String message, Object id, boolean answered) {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int INVALID_PARAMS = -32602;
    /** Server-defined: the transport refused the request (size, rate, authentication, origin). */
    public static final int TRANSPORT_REFUSED = -32000;
    /** Server-defined: the session id names no session of this caller. */
    public static final int SESSION_NOT_FOUND = -32001;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static JsonRpcRefusal parseError() {
        return new JsonRpcRefusal(PARSE_ERROR, "Parse error", null, true);
    }

    public static JsonRpcRefusal invalidRequest(String why, Object id) {
        return new JsonRpcRefusal(INVALID_REQUEST, "Invalid Request: " + why, id, true);
    }

    /** The JSON-RPC error response, one line of UTF-8 without its line end. */
    public byte[] envelope() {
        ObjectNode root = JSON.createObjectNode();
        root.put("jsonrpc", "2.0");
        if (id instanceof String text) {
            root.put("id", text);
        } else if (id instanceof Number number) {
            root.put("id", number.longValue());
        } else {
            root.putNull("id");
        }
        root.putObject("error").put("code", code).put("message", message);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
