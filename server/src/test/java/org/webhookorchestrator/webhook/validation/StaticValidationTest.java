package org.webhookorchestrator.webhook.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;

class StaticValidationTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();
    private final StaticValidation validation = new StaticValidation(CATALOG);

    static Design golden(String brief) throws Exception {
        return CanonicalJson.mapper().readValue(Files.readString(Fixtures.path("fixtures/designs/" + brief + ".json")),
                Design.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stripe-billing", "github-ci", "shopify-slack", "standard-webhooks-partner"})
    void everyGoldenDesignOfACatalogProviderPassesEveryStaticCheck(String brief) throws Exception {
        List<ChecklistItem> items = validation.check(golden(brief));

        assertThat(items).filteredOn(i -> i.status() == ItemStatus.fail).isEmpty();
    }

    @Test
    void aCustomProviderWithAnUnknownSchemeFailsTheVerificationCheck() throws Exception {
        List<ChecklistItem> items = validation.check(golden("custom-provider"));

        assertThat(items).filteredOn(i -> i.status() == ItemStatus.fail).extracting(ChecklistItem::id)
                .contains("static.verification-scheme.custom-acme-freight");
    }

    @Test
    void anAckDeadlineAtTheProviderTimeoutFails() throws Exception {
        ObjectNode tree = CanonicalJson.mapper().valueToTree(golden("github-ci"));
        ((ObjectNode) tree.path("providers").get(0).path("acknowledgement").path("deadline")).put("value", 10_000);

        List<ChecklistItem> items = validation.check(CanonicalJson.mapper().treeToValue(tree, Design.class));

        assertThat(items).filteredOn(i -> i.id().equals("static.ack-deadline.github")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.fail));
    }

    @Test
    void aDedupeTtlShorterThanTheRetryHorizonFails() throws Exception {
        ObjectNode tree = CanonicalJson.mapper().valueToTree(golden("stripe-billing"));
        ((ObjectNode) tree.path("providers").get(0).path("idempotency").path("ttl")).put("value", 3600);

        List<ChecklistItem> items = validation.check(CanonicalJson.mapper().treeToValue(tree, Design.class));

        assertThat(items).filteredOn(i -> i.id().equals("static.dedupe-window.stripe")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.fail));
    }

    @Test
    void aRiskWithoutAnOwnerFailsTheOwnershipCheck() throws Exception {
        ObjectNode tree = CanonicalJson.mapper().valueToTree(golden("stripe-billing"));
        ((ObjectNode) tree.path("risks").get(0)).put("owner", "");

        List<ChecklistItem> items = validation.check(CanonicalJson.mapper().treeToValue(tree, Design.class));

        assertThat(items).filteredOn(i -> i.id().equals("static.risk-ownership")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.fail));
    }

    @Test
    void aProviderThatNeverRetriesWithoutReconciliationFails() throws Exception {
        ObjectNode tree = CanonicalJson.mapper().valueToTree(golden("github-ci"));
        ((ObjectNode) tree.path("providers").get(0).path("reconciliation")).put("required", false);

        List<ChecklistItem> items = validation.check(CanonicalJson.mapper().treeToValue(tree, Design.class));

        assertThat(items).filteredOn(i -> i.id().equals("static.reconciliation.github")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.fail));
    }

    @Test
    void theSameDesignAlwaysGivesTheSameChecklist() throws Exception {
        assertThat(validation.check(golden("shopify-slack"))).isEqualTo(validation.check(golden("shopify-slack")));
    }
}
