package org.webhookorchestrator.host.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.inventory.InventoryRequest;

class InputBinderTest {

    private final InputBinder binder = new InputBinder();

    @Test
    void aValidBriefBindsToItsRecord() {
        var binding = binder.bind(Fixtures.brief("stripe-billing"), InventoryRequest.class);

        assertThat(binding.violations()).isEmpty();
        assertThat(binding.value().systems().providers().get(0).name()).isEqualTo("Stripe");
    }

    @Test
    void everyRuleViolationIsNamedByItsFieldPath() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("project", "");
        brief.put("successCriteria", List.of("ok", " "));
        brief.put("systems", Map.of("providers", List.of(Map.of("name", "")), "consumers", List.of()));

        var binding = binder.bind(brief, InventoryRequest.class);

        assertThat(binding.violations()).extracting(Violation::toString).contains(
                "project: must not be blank",
                "successCriteria[1]: must not be blank",
                "systems.providers[0].name: must not be blank",
                "systems.consumers: must not be empty");
    }

    @Test
    void anUnknownPropertyIsNamedWithTheExpectedOnes() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("objectiv", "typo");

        var binding = binder.bind(brief, InventoryRequest.class);

        assertThat(binding.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("objectiv");
            assertThat(v.message()).startsWith("unknown property (expected one of: ").contains("objective");
        });
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithTheTypeExpected() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("successCriteria", "not a list");

        var binding = binder.bind(brief, InventoryRequest.class);

        assertThat(binding.violations()).extracting(Violation::toString)
                .containsExactly("successCriteria: must be an array");
    }

    @Test
    void aSecretValueInPlaceOfAReferenceIsRefused() {
        Map<String, Object> brief = new HashMap<>(Fixtures.brief("stripe-billing"));
        brief.put("authModel", Map.of("description", "d",
                "secrets", List.of(Map.of("provider", "Stripe", "reference", "whsec_live_value"))));

        var binding = binder.bind(brief, InventoryRequest.class);

        assertThat(binding.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("authModel.secrets[0].reference");
            assertThat(v.message()).contains("never a secret value").doesNotContain("whsec_live_value");
        });
    }

    @Test
    void missingArgumentsAreReportedAsTheRequiredFields() {
        var binding = binder.bind(Map.of(), InventoryRequest.class);

        assertThat(binding.violations()).extracting(Violation::path)
                .contains("project", "objective", "successCriteria", "systems");
    }
}
