package org.webhookorchestrator.webhook.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.host.tool.SchemaFactory;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.inventory.Inventory;

class DesignEngineTest {

    static List<String> briefs() {
        return Fixtures.briefNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void theSameInputGivesTheSameBytesFromAFreshEngine(String brief) {
        Design first = DesignFixtures.design(brief);
        Design second = DesignFixtures.design(DesignFixtures.inventory(brief), DesignFixtures.constraints(brief));

        assertThat(CanonicalJson.string(second)).isEqualTo(CanonicalJson.string(first));
        assertThat(ArtifactId.of("design", second)).isEqualTo(ArtifactId.of("design", first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void theDesignMatchesTheContractSchema(String brief) {
        var schema = SchemaFactory.asMap(new SchemaFactory().outputSchema(Design.class));
        var result = new DefaultJsonSchemaValidator(new ObjectMapper())
                .validate(schema, CanonicalJson.toMap(DesignFixtures.design(brief)));

        assertThat(result.valid()).as(result.errorMessage()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void everyAssumedFigureCitesAnAssumptionTheDesignLists(String brief) {
        Design d = DesignFixtures.design(brief);
        Set<String> listed = d.assumptions().stream().map(DesignAssumption::id).collect(Collectors.toSet());
        List<String> cited = new ArrayList<>();
        walk(CanonicalJson.mapper().valueToTree(d), cited);

        assertThat(listed).containsAll(cited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void theSourcesAreExactlyThoseTheFactReferencesCite(String brief) {
        Design d = DesignFixtures.design(brief);
        String json = CanonicalJson.string(d.providers());

        assertThat(d.sources()).allSatisfy(s -> assertThat(json).contains("\"" + s.key() + "\""));
    }

    @Test
    void changingOneProvidersAckTimeoutChangesOnlyItsAcknowledgement() {
        Inventory before = DesignFixtures.inventory("stripe-github-custom");
        Inventory after = Profiles.withFact(before, "github", "delivery.ackDeadlineSeconds", "30");

        DesignConstraints constraints = DesignFixtures.constraints("stripe-github-custom");
        Set<String> changed = JsonDiff.paths(DesignFixtures.design(before, constraints),
                DesignFixtures.design(after, constraints));

        assertThat(changed).containsExactlyInAnyOrder(
                "/inventoryId",
                "/providers/1/acknowledgement/providerTimeout/value",
                "/providers/1/acknowledgement/deadline/value",
                "/providers/1/acknowledgement/deadline/derivation/inputs/0/value");
    }

    @Test
    void changingOneProvidersRetryHorizonChangesExactlyWhatDerivesFromIt() {
        Inventory before = DesignFixtures.inventory("stripe-billing");
        Inventory after = Profiles.withFact(before, "stripe", "delivery.retryHorizonSeconds", "86400");

        Set<String> changed = JsonDiff.paths(design(before), design(after)).stream()
                .map(p -> p.replaceAll("/(value|inputs/\\d+/value|derivation)$", "").replaceAll("/derivation.*", ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(changed).containsExactly(
                "/capacity/dedupeRecords",
                "/inbox/retention",
                "/inventoryId",
                "/providers/0/idempotency/ttl",
                "/providers/0/reconciliation/backfillBeyond",
                "/providers/0/verification/rotationOverlap");
    }

    @Test
    void crossFieldProblemsNameTheirPaths() {
        Inventory inventory = DesignFixtures.inventory("stripe-billing");
        DesignConstraints bad = new DesignConstraints(10L, 20L, null, null, null, List.of(
                new OrderingNeed("paypal", "x", OrderingRequirement.NONE, null),
                new OrderingNeed("stripe", "invoice.paid", OrderingRequirement.PER_KEY, null),
                new OrderingNeed("stripe", "charge.refunded", OrderingRequirement.NONE, null)), null, List.of());

        var outcome = new DesignEngine().design(inventory, "inventory-" + "0".repeat(32), bad);

        assertThat(outcome.problems()).extracting(DesignProblem::path).containsExactly(
                "constraints.sustainedPerSecond",
                "constraints.orderingNeeds[0].provider",
                "constraints.orderingNeeds[1].key",
                "constraints.orderingNeeds[2].eventType");
    }

    @Test
    void anUnreadableInventoryFactIsAProblemAtItsPath() {
        Inventory inventory = Profiles.withFact(DesignFixtures.inventory("github-ci"), "github",
                "delivery.ackDeadlineSeconds", "ten");

        var outcome = new DesignEngine().design(inventory, "inventory-" + "0".repeat(32), DesignConstraints.none());

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).matches("inventory\\.providers\\[0]\\.facts\\[\\d+]\\.value");
            assertThat(p.message()).contains("delivery.ackDeadlineSeconds must be a whole number");
        });
    }

    @Test
    void aCustomProvidersFiguresAreLowConfidenceAssumptionsWithQuestions() {
        Design d = DesignFixtures.design("custom-provider");
        ProviderDesign acme = d.providers().get(0);

        assertThat(acme.acknowledgement().providerTimeout().basis()).isEqualTo(Basis.assumption);
        assertThat(acme.idempotency().ttl().derivation().inputs().get(0).basis()).isEqualTo(Basis.assumption);
        assertThat(acme.payloadLimit().limit().derivation().inputs().get(0).basis()).isEqualTo(Basis.assumption);
        assertThat(d.assumptions()).filteredOn(a -> List.of("A-custom-acme-freight-timeout",
                        "A-custom-acme-freight-retry-horizon", "A-custom-acme-freight-payload-max").contains(a.id()))
                .hasSize(3).allSatisfy(a -> assertThat(a.confidence()).isEqualTo(Inventory.Confidence.low));
        assertThat(d.openQuestions()).extracting(OpenQuestion::id).contains("Q-custom-acme-freight-scheme",
                "Q-custom-acme-freight-timeout", "Q-custom-acme-freight-retry-horizon",
                "Q-custom-acme-freight-idempotency-key");
    }

    @Test
    void theDesignHoldsNoWallClockTime() {
        String json = CanonicalJson.string(DesignFixtures.design("stripe-github-custom"));

        assertThat(json).doesNotContainPattern("20[0-9]{2}-[0-9]{2}-[0-9]{2}T");
    }

    private static Design design(Inventory inventory) {
        return DesignFixtures.design(inventory, DesignFixtures.constraints("stripe-billing"));
    }

    private static void walk(JsonNode node, List<String> cited) {
        if (node.isObject()) {
            if ("assumption".equals(node.path("basis").asText()) && node.has("ref")) {
                cited.add(node.get("ref").asText());
            }
            node.elements().forEachRemaining(n -> walk(n, cited));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> walk(n, cited));
        }
    }
}
