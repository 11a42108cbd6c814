package org.webhookorchestrator.webhook.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.host.tool.InputBinder;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;

class InventoryNormalizerTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();
    private final InventoryNormalizer normalizer = new InventoryNormalizer(CATALOG, CATALOG.digest());
    private final InputBinder binder = new InputBinder();

    static List<String> briefs() {
        return Fixtures.briefNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void everyFixtureBriefIsAValidArgumentObjectThatNormalizes(String name) {
        var binding = binder.bind(Fixtures.brief(name), InventoryRequest.class);
        assertThat(binding.violations()).as(name).isEmpty();

        var outcome = normalizer.normalize(binding.value());

        assertThat(outcome.problems()).as(name).isEmpty();
        assertThat(outcome.inventory().contract()).isEqualTo("inventory.v1");
    }

    @Test
    void providersAreMatchedByDisplayNameAndCustomOnesGetQuestions() {
        Inventory inv = normalize("stripe-github-custom");

        assertThat(inv.providers()).extracting(Inventory.InventoriedProvider::providerId)
                .containsExactly("stripe", "github", "custom-internal-audit-feed");
        assertThat(inv.providers().get(2).questions()).anySatisfy(q -> assertThat(q)
                .startsWith("How does Internal Audit Feed sign a delivery"));
        assertThat(inv.unknowns()).anySatisfy(u -> {
            assertThat(u.providerId()).isEqualTo("custom-internal-audit-feed");
            assertThat(u.fact()).isEqualTo("signing.scheme");
        });
    }

    @Test
    void anUnverifiedFactTheDesignNeedsBecomesAnUnknownAndAQuestion() {
        Inventory inv = normalize("stripe-billing");

        assertThat(inv.unknowns()).anySatisfy(u -> {
            assertThat(u.providerId()).isEqualTo("stripe");
            assertThat(u.fact()).isEqualTo("delivery.ackDeadlineSeconds");
        });
        assertThat(inv.providers().get(0).questions()).anySatisfy(q -> assertThat(q).startsWith("How long does Stripe wait"));
    }

    @Test
    void everyCatalogFactKeepsItsStatusAndTheSourcesItCitesAreListed() {
        Inventory inv = normalize("github-ci");
        Inventory.Fact timeout = inv.providers().get(0).facts().stream()
                .filter(f -> f.name().equals("delivery.ackDeadlineSeconds")).findFirst().orElseThrow();

        assertThat(timeout.value()).isEqualTo("10");
        assertThat(timeout.unit()).isEqualTo("s");
        assertThat(timeout.status()).isEqualTo(Inventory.FactStatus.verified);
        assertThat(inv.sources()).extracting(Inventory.SourceCitation::key).containsAll(timeout.sources());
    }

    @Test
    void aProviderNamedTwiceIsRefusedNamingBothPlaces() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("systems", Map.of("providers", List.of(Map.of("name", "Stripe"), Map.of("name", "stripe")),
                "consumers", List.of(Map.of("name", "billing"))));

        var outcome = normalizer.normalize(binder.bind(brief, InventoryRequest.class).value());

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("systems.providers[1].name");
            assertThat(p.message()).contains("same provider (stripe) as systems.providers[0]");
        });
    }

    @Test
    void aSecretForAProviderNotInTheBriefIsRefused() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("authModel", Map.of("description", "d",
                "secrets", List.of(Map.of("provider", "GitHub", "reference", "env:GH"))));

        var outcome = normalizer.normalize(binder.bind(brief, InventoryRequest.class).value());

        assertThat(outcome.problems()).singleElement().satisfies(p ->
                assertThat(p.path()).isEqualTo("authModel.secrets[0].provider"));
    }

    @Test
    void blankConstraintsBecomeGapsInAFixedOrder() {
        Inventory inv = normalize("custom-provider");

        assertThat(inv.gaps()).extracting(Inventory.Gap::area)
                .containsSubsequence("contract", "security", "legal", "budget", "timeline", "staffing");
    }

    @Test
    void theSameBriefAlwaysGivesTheSameInventory() {
        assertThat(normalize("shopify-slack")).isEqualTo(normalize("shopify-slack"));
    }

    private Inventory normalize(String brief) {
        return normalizer.normalize(binder.bind(Fixtures.brief(brief), InventoryRequest.class).value()).inventory();
    }
}
