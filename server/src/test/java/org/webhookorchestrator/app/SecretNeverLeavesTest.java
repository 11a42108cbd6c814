package org.webhookorchestrator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.host.tool.InputBinder;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;

/**
 * A secret the server holds never reaches the audit log or a tool result, whichever tool it is smuggled into: every
 * registered tool has a row here, and a new tool without one fails the guard below.
 */
public class SecretNeverLeavesTest {

    static final String SECRET = "whsec_live_7f3a9c1e5b2d4068";

    /** For each tool, arguments that carry the secret where the tool would echo or record it. */
    static final Map<String, Function<String, Map<String, Object>>> SMUGGLED = Map.of(
            "webhook_inventory", s -> {
                Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
                brief.put("objective", "ingest Stripe events; our secret is " + s);
                return brief;
            },
            "webhook_design", s -> Map.of("inventory", inlineInventoryWithObjective("ingest events; secret " + s)),
            "webhook_providers", s -> Map.of("names", List.of(s)),
            "webhook_handoff", s -> Map.of("validationId", "validation-" + "0".repeat(32),
                    "override", Map.of("reason", "smuggled reason " + s, "approver", s)),
            "webhook_validate", s -> Map.of("designId", "design-" + "0".repeat(32),
                    "target", Map.of("url", "http://127.0.0.1:9/" + s, "provider", "stripe", "secret", "env:X")),
            "audit_log", s -> Map.of("action", "entries", "project", s),
            "orchestrator_context", s -> Map.of("project", s),
            "orchestrator_advance", s -> Map.of("project", "billing", "phase", "inventory",
                    "artifactId", "inventory-00000000000000000000000000000001",
                    "objective", Map.of("objective", "ingest Stripe events; our secret is " + s)),
            "orchestrator_intake", s -> Map.of("project", "billing",
                    "packetId", "handoff-00000000000000000000000000000001",
                    "validationArtifactId", "validation-00000000000000000000000000000001",
                    "nextActions", List.of(Map.of("action", "deploy", "ownerRole", "platform")), "nextSkill", s),
            "quality_evaluate", s -> Map.of("subjectId", s, "kind", "handoff-packet"));

    public static Map<String, Object> inlineInventoryWithObjective(String objective) {
        var catalog = ProviderCatalog.loadBuiltIn();
        var brief = new InputBinder().bind(Fixtures.brief("stripe-billing"), InventoryRequest.class).value();
        Map<String, Object> inventory = CanonicalJson.toMap(
                new InventoryNormalizer(catalog, catalog.digest()).normalize(brief).inventory());
        inventory.put("objective", objective);
        return inventory;
    }

    @TempDir
    Path dataDir;
    Assembly assembly;

    @BeforeEach
    void open() {
        assembly = Assembly.open(dataDir, Assembly.Options.defaults().withSkills(SkillSet.all));
        assembly.secrets().register("stripe-endpoint-secret", SECRET);
    }

    @AfterEach
    void close() {
        assembly.close();
    }

    @Test
    void everyToolHasASmugglingCase() {
        assertThat(tools().map(SkillTool::name)).allMatch(SMUGGLED::containsKey);
    }

    @Test
    void noToolResultCarriesTheSecretValue() {
        tools().forEach(tool -> {
            McpSchema.CallToolResult result = assembly.host().toolAdapter()
                    .invoke(tool, SMUGGLED.get(tool.name()).apply(SECRET), ToolContext.detached("test"));

            String everything = CanonicalJson.string(result.content()) + CanonicalJson.string(
                    result.structuredContent() == null ? Map.of() : result.structuredContent());
            assertThat(everything).as(tool.name()).doesNotContain(SECRET);
        });
    }

    @Test
    void aProjectContextCarryingTheSecretIsRefusedAndNeverWritten() throws IOException {
        var tool = tools().filter(t -> t.name().equals("orchestrator_advance")).findFirst().orElseThrow();

        McpSchema.CallToolResult result = assembly.host().toolAdapter()
                .invoke(tool, SMUGGLED.get(tool.name()).apply(SECRET), ToolContext.detached("test"));

        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("stripe-endpoint-secret");
        try (Stream<Path> files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(f -> assertThat(
                    new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET));
        }
    }

    @Test
    void aDecisionCarryingTheSecretIsRefusedAndNeverWritten() throws IOException {
        var tool = tools().filter(t -> t.name().equals("webhook_inventory")).findFirst().orElseThrow();

        McpSchema.CallToolResult result = assembly.host().toolAdapter()
                .invoke(tool, SMUGGLED.get(tool.name()).apply(SECRET), ToolContext.detached("test"));

        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text())
                .contains("stripe-endpoint-secret").contains("not recorded");
        assertThat(assembly.audit().size()).isZero();
        try (Stream<Path> files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(f -> assertThat(
                    new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET));
        }
    }

    private Stream<SkillTool<?, ?>> tools() {
        return assembly.host().skills().stream().flatMap(s -> s.tools().stream());
    }
}
