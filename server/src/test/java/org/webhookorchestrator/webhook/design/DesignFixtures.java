package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;
import org.webhookorchestrator.testing.Fixtures;

/** Inventories and constraints of the fixture briefs, and the engine's designs for them. */
public final class DesignFixtures {

    private static final ObjectMapper BINDER = JsonMapper.builder().build();
    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    private DesignFixtures() {
    }

    public static Inventory inventory(String brief) {
        InventoryRequest request = BINDER.convertValue(Fixtures.brief(brief), InventoryRequest.class);
        InventoryNormalizer.Outcome outcome = new InventoryNormalizer(CATALOG, CATALOG.digest()).normalize(request);
        if (!outcome.ok()) {
            throw new IllegalStateException("brief " + brief + " does not normalize: " + outcome.problems());
        }
        return outcome.inventory();
    }

    public static DesignConstraints constraints(String brief) {
        Path file = Fixtures.path("fixtures/designs/constraints/" + brief + ".json");
        try {
            return BINDER.readValue(file.toFile(), DesignConstraints.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Design design(String brief) {
        return design(inventory(brief), constraints(brief));
    }

    public static Design design(Inventory inventory, DesignConstraints constraints) {
        DesignEngine.Outcome outcome = new DesignEngine().design(inventory,
                ArtifactId.of("inventory", inventory).value(), constraints);
        if (!outcome.ok()) {
            throw new IllegalStateException("no design: " + outcome.problems());
        }
        return outcome.design();
    }

    public static ProviderProfile profile(String brief, String providerId) {
        Inventory inventory = inventory(brief);
        return inventory.providers().stream().filter(p -> p.providerId().equals(providerId)).findFirst()
                .map(p -> ProviderProfile.read(p, "p", new java.util.ArrayList<>()))
                .orElseThrow(() -> new IllegalArgumentException(providerId + " is not in brief " + brief));
    }
}
