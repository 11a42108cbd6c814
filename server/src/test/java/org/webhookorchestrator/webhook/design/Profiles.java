package org.webhookorchestrator.webhook.design;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.InventoryNormalizer;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;

/** Provider profiles and one-provider inventories built the way the tool builds them: from a brief, through the catalog. */
public final class Profiles {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    private Profiles() {
    }

    /** Every catalog provider id, and a custom one. */
    public static List<String> allIds() {
        List<String> ids = new ArrayList<>(CATALOG.all().stream().map(e -> e.id()).toList());
        ids.add("Acme Freight");
        return ids;
    }

    public static Inventory inventory(String... providers) {
        List<InventoryRequest.ProviderRequest> requested = new ArrayList<>();
        for (String p : providers) {
            requested.add(new InventoryRequest.ProviderRequest(p, List.of("event.happened"), null, null));
        }
        InventoryRequest brief = new InventoryRequest("rule-tests", "Test the design rules.", List.of("rules hold"),
                new InventoryRequest.Systems(requested, List.of(new InventoryRequest.ConsumerService("consumer",
                        null, List.of()))), null, List.of(), null);
        InventoryNormalizer.Outcome outcome = new InventoryNormalizer(CATALOG, CATALOG.digest()).normalize(brief);
        if (!outcome.ok()) {
            throw new IllegalStateException(outcome.problems().toString());
        }
        return outcome.inventory();
    }

    public static ProviderProfile of(String provider) {
        return ProviderProfile.read(inventory(provider).providers().get(0), "inventory.providers[0]",
                new ArrayList<>());
    }

    /** The profile of a one-provider inventory whose fact {@code fact} has been given another value. */
    public static Inventory withFact(Inventory inventory, String providerId, String fact, String value) {
        List<Inventory.InventoriedProvider> providers = new ArrayList<>();
        for (Inventory.InventoriedProvider p : inventory.providers()) {
            if (!p.providerId().equals(providerId)) {
                providers.add(p);
                continue;
            }
            List<Inventory.Fact> facts = p.facts().stream().map(f -> f.name().equals(fact)
                    ? new Inventory.Fact(f.name(), value, f.unit(), f.status(), f.sources(), f.note()) : f).toList();
            providers.add(new Inventory.InventoriedProvider(p.requestedName(), p.providerId(), p.match(),
                    p.displayName(), p.events(), p.apiVersion(), p.notes(), facts, p.questions()));
        }
        return new Inventory(inventory.contract(), inventory.project(), inventory.objective(),
                inventory.successCriteria(), inventory.catalogDigest(), providers, inventory.consumers(),
                inventory.authModel(), inventory.contractRequirements(), inventory.constraints(), inventory.unknowns(),
                inventory.gaps(), inventory.assumptions(), inventory.sources());
    }
}
