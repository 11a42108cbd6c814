package org.webhookorchestrator.host.prompt;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** Turns the prompt library into SDK specifications; bad arguments are answered as "invalid params", naming them. */
public final class PromptAdapter {

    private PromptAdapter() {
    }

    public static List<SyncPromptSpecification> specifications(PromptLibrary library) {
        return library.definitions().stream().map(d -> new SyncPromptSpecification(
                McpSchema.Prompt.builder(d.name())
                        .title(d.title())
                        .description(d.description())
                        .arguments(d.arguments().stream().map(a -> McpSchema.PromptArgument.builder(a.name())
                                .description(a.description()).required(a.required()).build()).toList())
                        .build(),
                (exchange, request) -> {
                    String text;
                    try {
                        text = library.render(d.name(), stringArguments(request.arguments()));
                    } catch (IllegalArgumentException e) {
                        throw McpError.builder(ErrorCodes.INVALID_PARAMS).message(e.getMessage()).build();
                    }
                    return McpSchema.GetPromptResult.builder(List.of(McpSchema.PromptMessage.builder(
                            McpSchema.Role.USER, McpSchema.TextContent.builder(text).build()).build()))
                            .description(d.description()).build();
                })).toList();
    }

    private static java.util.Map<String, String> stringArguments(java.util.Map<String, Object> raw) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
        }
        return out;
    }
}
