package org.webhookorchestrator.host.resource;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import org.webhookorchestrator.skill.api.ResourceEntry;
import org.webhookorchestrator.skill.api.ResourceTemplateEntry;

/** Turns a skill's resources into SDK specifications; an unknown resource is the protocol's "resource not found". */
public final class ResourceAdapter {

    private ResourceAdapter() {
    }

    public static SyncResourceSpecification resource(ResourceEntry entry) {
        McpSchema.Resource resource = McpSchema.Resource.builder()
                .uri(entry.uri()).name(entry.name()).title(entry.title()).description(entry.description())
                .mimeType(entry.mimeType()).build();
        return new SyncResourceSpecification(resource, (exchange, request) -> new McpSchema.ReadResourceResult(
                List.of(new McpSchema.TextResourceContents(request.uri(), entry.mimeType(), entry.contents().get()))));
    }

    public static SyncResourceTemplateSpecification template(ResourceTemplateEntry entry) {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder()
                .uriTemplate(entry.uriTemplate()).name(entry.name()).description(entry.description())
                .mimeType(entry.mimeType()).build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> entry.read().apply(request.uri())
                .map(text -> new McpSchema.ReadResourceResult(
                        List.of(new McpSchema.TextResourceContents(request.uri(), entry.mimeType(), text))))
                .orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message("resource not found: " + request.uri()).build()));
    }
}
