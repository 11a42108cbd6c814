package org.webhookorchestrator.host;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.webhookorchestrator.host.prompt.PromptLibrary;
import org.webhookorchestrator.host.resource.ResourceAdapter;
import org.webhookorchestrator.host.prompt.PromptAdapter;
import org.webhookorchestrator.host.tool.InputBinder;
import org.webhookorchestrator.host.tool.SchemaFactory;
import org.webhookorchestrator.host.tool.ToolAdapter;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.SecretGuard;
import org.webhookorchestrator.skill.manifest.ManifestCheck;

/**
 * The one wiring place of the MCP host: it checks every skill against its manifest, turns tools, prompts and resources
 * into SDK specifications, and starts a server on whichever transport it is given. Construction fails, with a message
 * naming the problem, before any transport is bound.
 */
public final class McpHost {

    public static final String SERVER_NAME = "webhook-orchestrator";

    private final String version;
    private final List<Skill> skills;
    private final List<SyncToolSpecification> tools = new ArrayList<>();
    private final List<SyncPromptSpecification> prompts;
    private final List<SyncResourceSpecification> resources = new ArrayList<>();
    private final List<SyncResourceTemplateSpecification> templates = new ArrayList<>();
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
    private final ToolAdapter toolAdapter;
    private final InFlightCalls inFlight = new InFlightCalls();

    public McpHost(String version, List<Skill> skills, PromptLibrary promptLibrary) {
        this(version, skills, promptLibrary, SecretGuard.NONE);
    }

    /** @param secrets finds known secret values in results, which are then withheld */
    public McpHost(String version, List<Skill> skills, PromptLibrary promptLibrary, SecretGuard secrets) {
        this.version = version;
        this.skills = List.copyOf(skills);
        SchemaFactory schemas = new SchemaFactory();
        this.toolAdapter = new ToolAdapter(schemas, new InputBinder(), inFlight, secrets);
        Set<String> names = new HashSet<>();
        for (Skill skill : skills) {
            ManifestCheck.verify(skill, schemas::outputSchema, schemas::inputSchema);
            for (SkillTool<?, ?> tool : skill.tools()) {
                if (!names.add(tool.name())) {
                    throw new IllegalStateException("tool " + tool.name() + " is registered by two skills");
                }
                tools.add(toolAdapter.specification(tool));
            }
            skill.resources().forEach(r -> resources.add(ResourceAdapter.resource(r)));
            skill.resourceTemplates().forEach(t -> templates.add(ResourceAdapter.template(t)));
        }
        this.prompts = PromptAdapter.specifications(promptLibrary);
    }

    /** Waits for the calls being served to answer, at most {@code limit}; for an orderly shutdown. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        return inFlight.awaitIdle(limit);
    }

    public ToolAdapter toolAdapter() {
        return toolAdapter;
    }

    public List<McpSchema.Tool> tools() {
        return tools.stream().map(SyncToolSpecification::tool).toList();
    }

    public List<Skill> skills() {
        return skills;
    }

    /** Starts a server on the stdio transport. */
    public McpSyncServer serve(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    /** Starts a server on a Streamable HTTP transport. */
    public McpSyncServer serve(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    public McpJsonMapper jsonMapper() {
        return json;
    }

    private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
        return spec
                .serverInfo(McpSchema.Implementation.builder(SERVER_NAME, version)
                        .title("Webhook Orchestrator").build())
                .instructions(instructions())
                .jsonMapper(json)
                // Arguments are bound and validated by the tool adapter, which names every field path in one answer.
                .validateToolInputs(false)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(true)
                        .prompts(true)
                        .resources(false, true)
                        .logging()
                        .build())
                .tools(tools)
                .prompts(prompts)
                .resources(resources)
                .resourceTemplates(templates)
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    private String instructions() {
        StringBuilder text = new StringBuilder("Designs and proves webhook ingestion. ");
        boolean webhook = false;
        for (Skill skill : skills) {
            var m = skill.manifest().manifest();
            text.append("Skill ").append(m.id()).append(": ").append(m.description()).append(' ');
            webhook |= m.id().startsWith("integration.");
        }
        if (webhook) {
            text.append("Call webhook_providers to see what is known of a provider, then webhook_inventory. ");
        }
        text.append("Pass secrets only as references (env:NAME or file:PATH), never their values.");
        return text.toString();
    }
}
