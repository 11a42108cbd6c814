package org.webhookorchestrator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.validation.StagingPolicy;

/** What the operator allows a staged run against a target, and what a tool call cannot widen. */
class StagedTargetPolicyTest {

    @TempDir
    Path dataDir;
    Assembly assembly;

    @BeforeEach
    void open() {
        Map<String, String> environment = Map.of("STAGING_SHORT", "abc", "OTHER_SECRET", "a-long-enough-secret-1");
        assembly = Assembly.open(dataDir, Assembly.Options.defaults()
                .withStaging(new StagingPolicy(Set.of(), List.of("env:STAGING_")))
                .withEnvironment(environment::get));
    }

    @AfterEach
    void close() {
        assembly.close();
    }

    @Test
    void aReferenceOutsideTheAllowedPrefixesIsRefusedNamingIt() {
        McpSchema.CallToolResult result = validateAgainst("http://127.0.0.1:9/webhooks/stripe", "env:OTHER_SECRET");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("has not allowed the server to resolve env:OTHER_SECRET")
                .doesNotContain("a-long-enough-secret-1");
    }

    @Test
    void aHostTheOperatorDidNotAllowIsRefused() {
        McpSchema.CallToolResult result = validateAgainst("http://staging.example.com/webhooks/stripe",
                "env:STAGING_SHORT");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("refusing to send traffic to staging.example.com");
    }

    @Test
    void aSecretTooShortToScreenIsRefusedWithoutBeingUsed() {
        McpSchema.CallToolResult result = validateAgainst("http://127.0.0.1:9/webhooks/stripe", "env:STAGING_SHORT");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("too short to be kept out of logs");
    }

    private McpSchema.CallToolResult validateAgainst(String url, String secret) {
        String inventoryId = id(call("webhook_inventory", Fixtures.brief("stripe-billing")));
        String designId = id(call("webhook_design", Map.of("inventoryId", inventoryId)));
        return call("webhook_validate", Map.of("designId", designId,
                "target", Map.of("url", url, "provider", "stripe", "secret", secret)));
    }

    private McpSchema.CallToolResult call(String name, Map<String, Object> arguments) {
        SkillTool<?, ?> tool = assembly.host().skills().stream().flatMap(s -> s.tools().stream())
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        return assembly.host().toolAdapter().invoke(tool, arguments, ToolContext.detached("test"));
    }

    @SuppressWarnings("unchecked")
    private static String id(McpSchema.CallToolResult result) {
        return (String) ((Map<String, Object>) result.structuredContent()).get("artifactId");
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
