package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.testing.Fixtures;

/**
 * What every transport must do, run against the real server through the real MCP Java SDK client. Each transport
 * subclasses it with the way it starts the server and connects.
 */
abstract class McpContractTest {

    @TempDir
    Path dataDir;

    McpSyncClient client;

    /** Progress notifications the client received; subclasses register {@code progress::add} as a consumer. */
    final List<McpSchema.ProgressNotification> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Starts a server on {@code dataDir} (a fresh one, or again after {@link #restart}) and connects a client. */
    abstract McpSyncClient connect(Path dataDir) throws Exception;

    /** Stops the server and whatever the transport started. */
    abstract void stopServer() throws Exception;

    @BeforeEach
    void start() throws Exception {
        client = connect(dataDir);
        client.initialize();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.closeGracefully();
        }
        stopServer();
    }

    void restart() throws Exception {
        client.closeGracefully();
        stopServer();
        client = connect(dataDir);
        client.initialize();
    }

    @Test
    void initializeNamesTheServerAndItsCapabilities() {
        McpSchema.InitializeResult init = client.getCurrentInitializationResult();
        assertThat(init.serverInfo().name()).isEqualTo("webhook-orchestrator");
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(init.capabilities().prompts()).isNotNull();
        assertThat(init.capabilities().resources()).isNotNull();
        assertThat(init.capabilities().logging()).isNotNull();
        assertThat(init.instructions()).contains("integration.webhook_orchestrator");
    }

    @Test
    void toolsListOffersOnlyTheToolsThatAreReal() {
        List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).sorted().toList();
        assertThat(names).containsExactly("audit_log", "webhook_design", "webhook_handoff", "webhook_inventory",
                "webhook_providers", "webhook_validate");
    }

    @Test
    void everyToolDeclaresAllFourHints() {
        for (McpSchema.Tool tool : client.listTools().tools()) {
            McpSchema.ToolAnnotations a = tool.annotations();
            assertThat(a).as(tool.name()).isNotNull();
            assertThat(List.of(a.readOnlyHint(), a.destructiveHint(), a.idempotentHint(), a.openWorldHint()))
                    .as(tool.name()).doesNotContainNull();
        }
    }

    @Test
    void promptsAreListedAndRenderTheirArguments() {
        List<String> names = client.listPrompts().prompts().stream().map(McpSchema.Prompt::name).toList();
        assertThat(names).contains("design_webhook_ingestion", "threat_review");

        McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest("design_webhook_ingestion",
                Map.of("providers", "stripe, github", "consumer", "billing")));
        String text = ((McpSchema.TextContent) prompt.messages().get(0).content()).text();
        assertThat(text).contains("**stripe, github**").contains("**billing**").doesNotContain("{{");
    }

    @Test
    void aPromptWithoutItsRequiredArgumentIsRefusedNamingIt() {
        assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("threat_review", Map.of())))
                .hasMessageContaining("artifact_id is required");
    }

    @Test
    void resourcesIncludeTheManifestContractsAndCatalogEntries() {
        List<String> uris = client.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
        assertThat(uris).contains(
                "skill://integration.webhook_orchestrator/manifest",
                "skill://integration.webhook_orchestrator/contracts/inventory.v1",
                "catalog://providers/stripe",
                "catalog://providers/github");
        String manifest = readText("skill://integration.webhook_orchestrator/manifest");
        assertThat(manifest).contains("\"id\" : \"integration.webhook_orchestrator\"");
    }

    @Test
    void inventoryMatchesCatalogProvidersAndAcceptsACustomOne() throws Exception {
        CallToolResult result = inventory(Fixtures.brief("stripe-github-custom"));

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<String, Object> inventory = inventoryOf(result);
        List<Map<String, Object>> providers = list(inventory.get("providers"));
        assertThat(providers).extracting(p -> p.get("providerId"), p -> p.get("match")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stripe", "catalog"),
                org.assertj.core.groups.Tuple.tuple("github", "catalog"),
                org.assertj.core.groups.Tuple.tuple("custom-internal-audit-feed", "custom"));
        assertThat(list(providers.get(2).get("questions"))).isNotEmpty();
    }

    @Test
    void inventoryStructuredContentMatchesItsOutputSchema() {
        CallToolResult result = inventory(Fixtures.brief("stripe-github-custom"));
        McpSchema.Tool tool = client.listTools().tools().stream()
                .filter(t -> t.name().equals("webhook_inventory")).findFirst().orElseThrow();

        var validation = new DefaultJsonSchemaValidator(new ObjectMapper())
                .validate(tool.outputSchema(), result.structuredContent());

        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
    }

    @Test
    void anInvalidInventoryCallIsAnErrorResultNamingEachField() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-github-custom"));
        brief.put("project", "Not Kebab");
        brief.remove("objective");

        CallToolResult result = inventory(brief);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("`project`: must be lowercase kebab-case").contains("`objective`:");
    }

    @Test
    void theSameInventoryCallTwiceGivesTheSameArtifactIdAndBytes() {
        CallToolResult first = inventory(Fixtures.brief("stripe-billing"));
        CallToolResult second = inventory(Fixtures.brief("stripe-billing"));

        assertThat(structured(first).get("artifactId")).isEqualTo(structured(second).get("artifactId"));
        assertThat(canonical(inventoryOf(first))).isEqualTo(canonical(inventoryOf(second)));
    }

    @Test
    void anArtifactIsReadBackByIdAfterARestart() throws Exception {
        CallToolResult result = inventory(Fixtures.brief("stripe-billing"));
        String id = (String) structured(result).get("artifactId");
        String before = canonical(inventoryOf(result));

        restart();

        String stored = readText("artifact://" + id);
        assertThat(canonical(new ObjectMapper().readValue(stored, Map.class))).isEqualTo(before);
    }

    @Test
    void everyInventoryDecisionIsInTheAuditLogAndTheLogVerifies() {
        CallToolResult result = inventory(Fixtures.brief("github-ci"));
        String id = (String) structured(result).get("artifactId");

        CallToolResult entries = client.callTool(CallToolRequest.builder("audit_log")
                .arguments(Map.of("action", "entries", "artifactId", id)).build());
        CallToolResult verify = client.callTool(CallToolRequest.builder("audit_log")
                .arguments(Map.of("action", "verify")).build());

        assertThat(list(structured(entries).get("entries"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("tool", "webhook_inventory").containsEntry("project",
                        "ci-github"));
        @SuppressWarnings("unchecked")
        Map<String, Object> verification = (Map<String, Object>) structured(verify).get("verification");
        assertThat(verification).containsEntry("ok", true);
    }

    @Test
    void aDesignByInventoryIdMatchesItsOutputSchemaAndIsTheSameArtifactTwice() {
        String inventoryId = (String) structured(inventory(Fixtures.brief("stripe-github-custom"))).get("artifactId");
        Map<String, Object> arguments = Map.of("inventoryId", inventoryId,
                "constraints", Map.of("infrastructure", List.of("postgresql", "kafka")));

        CallToolResult first = client.callTool(CallToolRequest.builder("webhook_design").arguments(arguments).build());
        CallToolResult second = client.callTool(CallToolRequest.builder("webhook_design").arguments(arguments).build());
        McpSchema.Tool tool = client.listTools().tools().stream()
                .filter(t -> t.name().equals("webhook_design")).findFirst().orElseThrow();
        var validation = new DefaultJsonSchemaValidator(new ObjectMapper())
                .validate(tool.outputSchema(), first.structuredContent());

        assertThat(first.isError()).as(text(first)).isFalse();
        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
        assertThat(structured(second).get("artifactId")).isEqualTo(structured(first).get("artifactId"));
    }

    @Test
    void aStagedValidationOfADesignPassesEveryCaseAndReportsProgress() {
        String inventoryId = (String) structured(inventory(Fixtures.brief("stripe-billing"))).get("artifactId");
        String designId = (String) structured(client.callTool(CallToolRequest.builder("webhook_design")
                .arguments(Map.of("inventoryId", inventoryId)).build())).get("artifactId");

        CallToolResult result = client.callTool(CallToolRequest.builder("webhook_validate")
                .arguments(Map.of("designId", designId, "staged", true)).progressToken("validate-1").build());

        assertThat(result.isError()).as(text(result)).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> validation = (Map<String, Object>) structured(result).get("validation");
        List<Map<String, Object>> items = list(validation.get("checklist"));
        assertThat(items).filteredOn(i -> "staged".equals(i.get("kind"))).isNotEmpty()
                .noneMatch(i -> "fail".equals(i.get("status")));
        assertThat(items).filteredOn(i -> "fail".equals(i.get("status"))).as(text(result)).isEmpty();
        assertThat(progress).anySatisfy(p -> assertThat(p.message()).startsWith("stripe: "));
    }

    @Test
    void theFullFlowEndsInAHandoffTheOrchestratorTakes() {
        String validationId = validated("stripe-billing", true);

        CallToolResult handoff = call("webhook_handoff", Map.of("validationId", validationId));

        assertThat(handoff.isError()).as(text(handoff)).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> intake = (Map<String, Object>) structured(handoff).get("intake");
        assertThat(intake).containsEntry("accepted", true);
        assertThat(text(handoff)).contains("all blocking gates pass").contains("Next owner");
    }

    @Test
    void aDesignForAProjectWithoutAnInventoryIsRefusedNamingTheMissingStep() {
        Map<String, Object> inline = org.webhookorchestrator.app.SecretNeverLeavesTest
                .inlineInventoryWithObjective("ingest Stripe events");

        CallToolResult design = call("webhook_design", Map.of("inventory", inline));

        assertThat(design.isError()).isTrue();
        assertThat(text(design)).contains("webhook_inventory");
    }

    @Test
    void aHandoffWhoseGatesFailIsRefusedAndAnOverrideIsAudited() throws Exception {
        String inventoryId = (String) structured(inventory(Fixtures.brief("github-ci"))).get("artifactId");
        @SuppressWarnings("unchecked")
        Map<String, Object> design = (Map<String, Object>) structured(call("webhook_design",
                Map.of("inventoryId", inventoryId))).get("design");
        @SuppressWarnings("unchecked")
        Map<String, Object> risk = (Map<String, Object>) ((List<Object>) design.get("risks")).get(0);
        risk.put("owner", "");
        String validationId = (String) structured(call("webhook_validate", Map.of("design", design)))
                .get("artifactId");

        CallToolResult refused = call("webhook_handoff", Map.of("validationId", validationId));
        CallToolResult overridden = call("webhook_handoff", Map.of("validationId", validationId, "override",
                Map.of("reason", "the owner is being hired; the platform lead covers it until then",
                        "approver", "head of platform")));

        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("risks-have-owners");
        assertThat(overridden.isError()).as(text(overridden)).isFalse();
        CallToolResult entries = call("audit_log", Map.of("action", "entries", "tool", "webhook_handoff"));
        assertThat(list(structured(entries).get("entries"))).singleElement().satisfies(e -> assertThat(
                (String) e.get("decision")).contains("OVERRIDE").contains("head of platform"));
    }

    @Test
    void anOverrideGivenWhileEveryGatePassesIsNotRecordedAsOne() {
        String validationId = validated("stripe-billing", false);

        CallToolResult handoff = call("webhook_handoff", Map.of("validationId", validationId, "override",
                Map.of("reason", "no gate fails, but the caller passes an override all the same", "approver", "x")));

        assertThat(handoff.isError()).as(text(handoff)).isFalse();
        assertThat(structured(handoff)).doesNotContainKey("override");
        CallToolResult entries = call("audit_log", Map.of("action", "entries", "tool", "webhook_handoff"));
        assertThat(list(structured(entries).get("entries"))).singleElement().satisfies(e -> assertThat(
                (String) e.get("decision")).contains("every blocking gate passed").doesNotContain("OVERRIDE"));
    }

    /** Inventory, design and validation of a fixture brief; returns the validation's id. */
    String validated(String brief, boolean staged) {
        String inventoryId = (String) structured(inventory(Fixtures.brief(brief))).get("artifactId");
        String designId = (String) structured(call("webhook_design", Map.of("inventoryId", inventoryId)))
                .get("artifactId");
        CallToolResult validation = call("webhook_validate", Map.of("designId", designId, "staged", staged));
        assertThat(validation.isError()).as(text(validation)).isFalse();
        return (String) structured(validation).get("artifactId");
    }

    CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    CallToolResult inventory(Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder("webhook_inventory").arguments(arguments).build());
    }

    String readText(String uri) {
        McpSchema.ReadResourceResult read = client.readResource(new McpSchema.ReadResourceRequest(uri));
        return ((McpSchema.TextResourceContents) read.contents().get(0)).text();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inventoryOf(CallToolResult result) {
        return (Map<String, Object>) structured(result).get("inventory");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static String text(CallToolResult result) {
        return result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).findFirst().orElse("");
    }

    static String canonical(Object value) {
        return org.webhookorchestrator.artifact.CanonicalJson.string(value);
    }
}
