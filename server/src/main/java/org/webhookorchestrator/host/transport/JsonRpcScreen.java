package org.webhookorchestrator.host.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether one inbound JSON-RPC message may reach the SDK. The SDK's stdio reader stops for good at the first
 * line it cannot turn into a message, and both its transports answer a mistyped {@code params} with a Jackson message
 * that names SDK classes; so every message is parsed here first, within {@link JsonLimits}, and checked against the
 * same SDK types the server will bind it to. What fails is answered with a {@link JsonRpcRefusal} in our own words.
 */
public final class JsonRpcScreen {

    /** The parameter type the SDK binds each request method to; methods not listed are left to the SDK. */
    private static final Map<String, Class<?>> PARAMS = Map.ofEntries(
            Map.entry(McpSchema.METHOD_INITIALIZE, McpSchema.InitializeRequest.class),
            Map.entry(McpSchema.METHOD_TOOLS_CALL, McpSchema.CallToolRequest.class),
            Map.entry(McpSchema.METHOD_TOOLS_LIST, McpSchema.PaginatedRequest.class),
            Map.entry(McpSchema.METHOD_PROMPT_GET, McpSchema.GetPromptRequest.class),
            Map.entry(McpSchema.METHOD_PROMPT_LIST, McpSchema.PaginatedRequest.class),
            Map.entry(McpSchema.METHOD_RESOURCES_READ, McpSchema.ReadResourceRequest.class),
            Map.entry(McpSchema.METHOD_RESOURCES_LIST, McpSchema.PaginatedRequest.class),
            Map.entry(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, McpSchema.PaginatedRequest.class),
            Map.entry(McpSchema.METHOD_RESOURCES_SUBSCRIBE, McpSchema.SubscribeRequest.class),
            Map.entry(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, McpSchema.UnsubscribeRequest.class),
            Map.entry(McpSchema.METHOD_LOGGING_SET_LEVEL, McpSchema.SetLevelRequest.class),
            Map.entry(McpSchema.METHOD_COMPLETION_COMPLETE, McpSchema.CompleteRequest.class),
            Map.entry(McpSchema.METHOD_NOTIFICATION_PROGRESS, McpSchema.ProgressNotification.class));

    /**
     * Members the SDK dereferences without a null check: a request lacking one would reach it as an internal error
     * (500 over HTTP) instead of an invalid-params answer.
     */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(McpSchema.METHOD_INITIALIZE, List.of("protocolVersion", "capabilities", "clientInfo")),
            Map.entry(McpSchema.METHOD_TOOLS_CALL, List.of("name")),
            Map.entry(McpSchema.METHOD_PROMPT_GET, List.of("name")),
            Map.entry(McpSchema.METHOD_RESOURCES_READ, List.of("uri")),
            Map.entry(McpSchema.METHOD_RESOURCES_SUBSCRIBE, List.of("uri")),
            Map.entry(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, List.of("uri")),
            Map.entry(McpSchema.METHOD_LOGGING_SET_LEVEL, List.of("level")),
            Map.entry(McpSchema.METHOD_COMPLETION_COMPLETE, List.of("ref", "argument")),
            // Over HTTP a progress notification without these ends in a 500 from the SDK.
            Map.entry(McpSchema.METHOD_NOTIFICATION_PROGRESS, List.of("progressToken", "progress")),
            Map.entry("notifications/cancelled", List.of("requestId")));

    private final ObjectMapper strict;
    private final McpJsonMapper sdkJson;

    public JsonRpcScreen(McpJsonMapper sdkJson, JsonLimits limits) {
        this.sdkJson = sdkJson;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNameLength(Math.min(limits.maxStringChars(), 4096))
                        .maxNumberLength(100)
                        .build())
                // Two "method" or "id" members would let the screen and the SDK read different messages.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.strict = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Empty when the message may go on to the SDK; otherwise how to refuse it. */
    public Optional<JsonRpcRefusal> screen(byte[] bytes, int length) {
        JsonNode message;
        try {
            message = strict.readTree(bytes, 0, length);
        } catch (StreamConstraintsException e) {
            return Optional.of(JsonRpcRefusal.invalidRequest("message exceeds the nesting or length limits", null));
        } catch (IOException e) {
            return Optional.of(JsonRpcRefusal.parseError());
        }
        if (message == null || message.isMissingNode()) {
            return Optional.of(JsonRpcRefusal.parseError());
        }
        if (message.isArray()) {
            return Optional.of(JsonRpcRefusal.invalidRequest("batches are not supported", null));
        }
        if (!message.isObject()) {
            return Optional.of(JsonRpcRefusal.invalidRequest("a message is a JSON object", null));
        }
        return screenObject(message, new String(bytes, 0, length, StandardCharsets.UTF_8));
    }

    private Optional<JsonRpcRefusal> screenObject(JsonNode message, String text) {
        boolean hasId = message.has("id");
        Object id = readableId(message.get("id"));
        boolean notification = message.has("method") && !hasId;
        if (!"2.0".equals(message.path("jsonrpc").textValue())) {
            return refuse(JsonRpcRefusal.invalidRequest("jsonrpc must be \"2.0\"", id), notification);
        }
        if (hasId && id == null) {
            return refuse(JsonRpcRefusal.invalidRequest("id must be a string or an integer", null), notification);
        }
        JsonNode method = message.get("method");
        if (method != null && !method.isTextual()) {
            return refuse(JsonRpcRefusal.invalidRequest("method must be a string", id), notification);
        }
        if (method == null && !message.has("result") && !message.has("error")) {
            return refuse(JsonRpcRefusal.invalidRequest("neither a request, a notification nor a response", id),
                    false);
        }
        JsonNode params = message.get("params");
        if (params != null && !params.isObject()) {
            return refuse(new JsonRpcRefusal(JsonRpcRefusal.INVALID_PARAMS, "Invalid params: params must be an object",
                    id, true), notification);
        }
        try {
            McpSchema.deserializeJsonRpcMessage(sdkJson, text);
        } catch (IOException | RuntimeException e) {
            return refuse(JsonRpcRefusal.invalidRequest("not a JSON-RPC message the server reads", id),
                    notification || method == null);
        }
        List<String> required = method == null ? List.of() : REQUIRED.getOrDefault(method.textValue(), List.of());
        for (String member : required) {
            if (params == null || !params.hasNonNull(member)) {
                return refuse(new JsonRpcRefusal(JsonRpcRefusal.INVALID_PARAMS, "Invalid params: " + method.textValue()
                        + " requires params." + member, id, true), notification);
            }
        }
        Class<?> type = method == null ? null : PARAMS.get(method.textValue());
        if (type != null && params != null) {
            try {
                sdkJson.convertValue(sdkJson.readValue(params.toString(), Object.class), type);
            } catch (IOException | RuntimeException e) {
                return refuse(new JsonRpcRefusal(JsonRpcRefusal.INVALID_PARAMS,
                        "Invalid params: params do not match " + method.textValue(), id, true), notification);
            }
        }
        return Optional.empty();
    }

    /** A response is never answered, nor is a notification; both are dropped, as JSON-RPC requires. */
    private static Optional<JsonRpcRefusal> refuse(JsonRpcRefusal refusal, boolean silent) {
        return Optional.of(silent
                ? new JsonRpcRefusal(refusal.code(), refusal.message(), refusal.id(), false)
                : refusal);
    }

    private static Object readableId(JsonNode id) {
        if (id == null) {
            return null;
        }
        if (id.isTextual()) {
            return id.textValue();
        }
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return id.longValue();
        }
        return null;
    }
}
