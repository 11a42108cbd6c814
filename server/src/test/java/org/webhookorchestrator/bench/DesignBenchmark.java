package org.webhookorchestrator.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.DesignConstraints;
import org.webhookorchestrator.webhook.design.DesignEngine;
import org.webhookorchestrator.webhook.design.DesignMarkdown;
import org.webhookorchestrator.webhook.design.Infrastructure;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;

/**
 * Design generation for a 10-provider inventory (nine catalog providers of every scheme kind and a custom one): the
 * engine alone, and the engine with what the tool adds (content address and Markdown). Run with bench/design.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DesignBenchmark {

    private static final List<String> PROVIDERS = List.of("stripe", "github", "shopify", "slack", "svix", "square",
            "paddle", "gitlab", "standard-webhooks", "Acme Freight");

    private final DesignEngine engine = new DesignEngine();
    private Inventory inventory;
    private String inventoryId;
    private DesignConstraints constraints;

    @Setup
    public void setUp() {
        ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();
        List<InventoryRequest.ProviderRequest> providers = PROVIDERS.stream()
                .map(p -> new InventoryRequest.ProviderRequest(p, List.of("event.happened"), null, null)).toList();
        InventoryRequest brief = new InventoryRequest("bench", "Benchmark the design engine.", List.of("fast"),
                new InventoryRequest.Systems(providers, List.of(new InventoryRequest.ConsumerService("consumer", null,
                        List.of()))), null, List.of(), null);
        inventory = new InventoryNormalizer(catalog, catalog.digest()).normalize(brief).inventory();
        inventoryId = ArtifactId.of("inventory", inventory).value();
        constraints = new DesignConstraints(200L, 20L, 10_000L, 7200L, 900L, List.of(), null,
                List.of(Infrastructure.POSTGRESQL, Infrastructure.KAFKA));
    }

    @Benchmark
    public Design design() {
        return engine.design(inventory, inventoryId, constraints).design();
    }

    @Benchmark
    public String designWithIdAndMarkdown() {
        Design d = engine.design(inventory, inventoryId, constraints).design();
        return DesignMarkdown.render(ArtifactId.of("design", d).value(), d);
    }
}
