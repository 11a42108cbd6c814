package org.webhookorchestrator.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: runs a brief through inventory, design, staged validation and handoff over a real MCP session
 * (Streamable HTTP on a free loopback port, the SDK's own client) and prints the handoff summary. On the embedded
 * defaults it needs nothing but the jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a fixture brief through inventory, design, validate and handoff over a real MCP session "
                + "and print the handoff summary.")
final class DemoCommand implements Callable<Integer> {

    static final String DEFAULT_BRIEF = "stripe-billing";

    @Option(names = "--brief", description = "A brief file (a webhook_inventory argument object); default: the "
            + "embedded " + DEFAULT_BRIEF + " fixture.")
    Path brief;

    @Option(names = "--data-dir", description = "Where the audit log lives (default: a fresh temporary folder).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> arguments = readBrief();
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("webhook-orchestrator-demo");
        try (Assembly assembly = Assembly.open(DataDirectory.resolve(dir));
             HttpEndpoint endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0))) {
            var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + endpoint.port())
                    .endpoint(HttpEndpoint.PATH).connectTimeout(Duration.ofSeconds(5)).build();
            try (McpSyncClient client = McpClient.sync(transport)
                    .clientInfo(McpSchema.Implementation.builder("webhook-orchestrator-demo", Version.current()).build())
                    .requestTimeout(Duration.ofSeconds(60)).build()) {
                client.initialize();
                System.err.println("demo: MCP session open at " + endpoint.uri() + "; data dir " + assembly.dataDir());
                return run(client, arguments);
            }
        }
    }

    /** Inventory, design, staged validation and handoff, each step's artifact id fed to the next. */
    private static int run(McpSyncClient client, Map<String, Object> brief) {
        McpSchema.CallToolResult inventory = step(client, "webhook_inventory", brief);
        if (failed(inventory)) {
            return 1;
        }
        McpSchema.CallToolResult design = step(client, "webhook_design", Map.of("inventoryId", id(inventory)));
        if (failed(design)) {
            return 1;
        }
        McpSchema.CallToolResult validation = step(client, "webhook_validate",
                Map.of("designId", id(design), "staged", true));
        if (failed(validation)) {
            return 1;
        }
        McpSchema.CallToolResult handoff = step(client, "webhook_handoff", Map.of("validationId", id(validation)));
        Main.STDOUT.println(text(handoff));
        Main.STDOUT.flush();
        return failed(handoff) ? 1 : 0;
    }

    private static McpSchema.CallToolResult step(McpSyncClient client, String tool, Map<String, Object> arguments) {
        System.err.println("demo: calling " + tool);
        McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder(tool)
                .arguments(arguments).progressToken(tool).build());
        if (!Boolean.TRUE.equals(result.isError())) {
            System.err.println("demo: " + tool + " -> " + id(result));
        }
        return result;
    }

    private static boolean failed(McpSchema.CallToolResult result) {
        if (Boolean.TRUE.equals(result.isError())) {
            Main.STDOUT.println(text(result));
            Main.STDOUT.flush();
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static String id(McpSchema.CallToolResult result) {
        return String.valueOf(((Map<String, Object>) result.structuredContent()).get("artifactId"));
    }

    private Map<String, Object> readBrief() throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (brief != null) {
            return json.readValue(brief.toFile(), new TypeReference<>() { });
        }
        try (InputStream in = DemoCommand.class.getResourceAsStream("/fixtures/briefs/" + DEFAULT_BRIEF + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the embedded brief " + DEFAULT_BRIEF + " is missing from the jar");
            }
            return json.readValue(in, new TypeReference<>() { });
        }
    }

    private static String text(McpSchema.CallToolResult result) {
        StringBuilder out = new StringBuilder();
        result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .forEach(c -> out.append(((McpSchema.TextContent) c).text()));
        return out.toString();
    }
}
