package org.webhookorchestrator.skill.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.host.tool.InputBinder;
import org.webhookorchestrator.host.tool.SchemaFactory;
import org.webhookorchestrator.host.tool.ToolAdapter;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.DesignEngine;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;

class DesignToolTest {

    private final MemoryDecisionLog log = new MemoryDecisionLog();
    private final ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();
    private final InventoryTool inventory = new InventoryTool(new InventoryNormalizer(catalog, catalog.digest()), log,
            new PhaseRecorder(UnreachableOrchestrator.INSTANCE));
    /** No orchestrator answers: the design goes on from its inputs, which these tests are about. */
    private final DesignTool design = new DesignTool(new DesignEngine(), log,
            new PhaseRecorder(UnreachableOrchestrator.INSTANCE));
    private final ToolAdapter adapter = new ToolAdapter(new SchemaFactory(), new InputBinder());
    private final ToolContext context = ToolContext.detached("test");

    @Test
    void aDesignByInventoryIdIsRecordedWithItsIdAsArtifact() {
        String id = inventoryId("stripe-billing");

        CallToolResult result = adapter.invoke(design, Map.of("inventoryId", id), context);

        assertThat(result.isError()).as(text(result)).isFalse();
        String designId = (String) structured(result).get("artifactId");
        assertThat(designId).startsWith("design-");
        assertThat(log.decisions.get(1).tool()).isEqualTo("webhook_design");
        assertThat(log.decisions.get(1).artifactId()).isEqualTo(designId);
        assertThat(text(result)).startsWith("# Webhook ingestion design: billing-stripe");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnreachableOrchestratorIsStatedAmongTheAssumptionsAndTheWorkGoesOn() {
        CallToolResult result = adapter.invoke(design, Map.of("inventoryId", inventoryId("stripe-billing")), context);

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<String, Object> orchestration = (Map<String, Object>) structured(result).get("orchestration");
        assertThat(orchestration).containsEntry("recorded", false);
        assertThat((List<String>) orchestration.get("assumptions")).singleElement()
                .satisfies(a -> assertThat(a).contains("core.orchestrator").contains("unavailable"));
        assertThat(text(result)).contains("**Assumption:**");
    }

    @Test
    void theSameDesignByIdAndInlineIsTheSameArtifact() {
        String id = inventoryId("github-ci");
        Map<String, Object> inline = Map.of("inventory", log.artifact(id).orElseThrow());

        CallToolResult byId = adapter.invoke(design, Map.of("inventoryId", id), context);
        CallToolResult byValue = adapter.invoke(design, new HashMap<>(org.webhookorchestrator.artifact.CanonicalJson
                .toMap(inline)), context);

        assertThat(structured(byValue).get("artifactId")).isEqualTo(structured(byId).get("artifactId"));
    }

    @Test
    void anUnknownInventoryIdIsAnEscalation() {
        CallToolResult result = adapter.invoke(design, Map.of("inventoryId", "inventory-" + "a".repeat(32)), context);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("**Blocked:** no inventory").contains("**Impact:**")
                .contains("**Options:**").contains("**Recommended:**").contains("`inventoryId`");
    }

    @Test
    void neitherIdNorInventoryIsRefusedNamingBothFields() {
        CallToolResult result = adapter.invoke(design, Map.of(), context);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("`inventoryId`").contains("`inventory`").contains("exactly one");
    }

    @Test
    void bothIdAndInventoryAreRefused() {
        String id = inventoryId("github-ci");
        Map<String, Object> both = new HashMap<>();
        both.put("inventoryId", id);
        both.put("inventory", org.webhookorchestrator.artifact.CanonicalJson.toMap(log.artifact(id).orElseThrow()));

        CallToolResult result = adapter.invoke(design, both, context);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("not both");
    }

    @Test
    void invalidConstraintsComeBackWithFieldPaths() {
        String id = inventoryId("stripe-billing");
        Map<String, Object> arguments = Map.of("inventoryId", id, "constraints", Map.of("peakPerSecond", -1,
                "infrastructure", List.of("mongodb")));

        CallToolResult result = adapter.invoke(design, arguments, context);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("`constraints.infrastructure[0]`");
    }

    @Test
    void crossFieldConstraintProblemsComeBackWithFieldPaths() {
        String id = inventoryId("stripe-billing");
        Map<String, Object> arguments = Map.of("inventoryId", id, "constraints", Map.of("peakPerSecond", 5,
                "sustainedPerSecond", 50, "orderingNeeds", List.of(Map.of("provider", "stripe",
                        "eventType", "invoice.paid", "requirement", "per-key"))));

        CallToolResult result = adapter.invoke(design, arguments, context);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("`constraints.sustainedPerSecond`: must not exceed")
                .contains("`constraints.orderingNeeds[0].key`");
        assertThat(log.decisions).hasSize(1);
    }

    @Test
    void aNegativeRateIsRefusedByTheRecordConstraints() {
        String id = inventoryId("stripe-billing");

        CallToolResult result = adapter.invoke(design, Map.of("inventoryId", id, "constraints",
                Map.of("peakPerSecond", -1)), context);

        assertThat(text(result)).contains("`constraints.peakPerSecond`: must be greater than 0");
    }

    private String inventoryId(String brief) {
        CallToolResult result = adapter.invoke(inventory, Fixtures.brief(brief), context);
        return (String) structured(result).get("artifactId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
