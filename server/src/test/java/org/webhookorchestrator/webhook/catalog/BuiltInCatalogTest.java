package org.webhookorchestrator.webhook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The built-in catalog as a whole: which providers it holds and that every fact keeps the sourcing rules. */
class BuiltInCatalogTest {

    private final ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();

    @Test
    void holdsExactlyTheNineteenProvidersSortedById() {
        assertThat(catalog.all()).extracting(ProviderEntry::id).containsExactly(
                "discord", "github", "gitlab", "hubspot", "intercom", "jira", "linear", "mailgun", "paddle", "paypal",
                "sendgrid", "shopify", "slack", "square", "standard-webhooks", "stripe", "svix", "twilio", "zoom");
    }

    @Test
    void isLoadedOnceAndShared() {
        assertThat(ProviderCatalog.loadBuiltIn()).isSameAs(catalog);
    }

    @Test
    void definesEverySourceKeyOfTheFactSheet() {
        assertThat(catalog.sources()).containsOnlyKeys(
                "STR", "STR-D", "STR-2", "GH-V", "GH-BP", "GH-F", "GH-E", "OCT", "SHP", "SHP-V", "SHP-C", "SHP-D",
                "SHP-T", "SLK", "SLK-2", "TW", "TW-O", "SW", "SVX", "CLK", "RSN", "SQ", "SQ-D", "ZM", "PP", "PDL",
                "LIN", "INT", "SG", "MG", "HS", "DC", "JR", "GL");
        assertThat(catalog.sources().values()).filteredOn(source -> !source.official()).extracting(Source::key)
                .containsExactlyInAnyOrder("STR-2", "SHP-T", "SLK-2", "INT", "JR");
    }

    @Test
    void everyKnownFactCitesDefinedSourcesAndEveryUnverifiedFactHasNoValue() {
        List<String> problems = new ArrayList<>();
        forEachFact((path, fact) -> {
            if (fact.known()) {
                if (fact.value() == null || fact.sources().isEmpty()) {
                    problems.add(path + " is " + fact.status() + " without value or source");
                }
                fact.sources().stream().filter(key -> !catalog.sources().containsKey(key))
                        .forEach(key -> problems.add(path + " cites undefined " + key));
            } else if (fact.value() != null || !fact.sources().isEmpty()) {
                problems.add(path + " is UNVERIFIED but carries a value or sources");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVerifiedFactRestsOnAnOfficialSource() {
        List<String> problems = new ArrayList<>();
        forEachFact((path, fact) -> {
            if (fact.status() == FactStatus.VERIFIED && catalog.citations(fact).stream().noneMatch(Source::official)) {
                problems.add(path);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everySchemeIdIsItsProviderId() {
        for (ProviderEntry entry : catalog.all()) {
            assertThat(entry.signing().scheme().value()).as(entry.id()).isEqualTo(entry.id());
        }
    }

    @Test
    void everyProviderStatesEveryDeliveryFact() {
        for (ProviderEntry entry : catalog.all()) {
            assertThat(entry.delivery().facts()).as(entry.id()).hasSize(17).doesNotContainValue(null);
        }
    }

    @Test
    void numbersComputedFromAScheduleSaySoInTheirNote() {
        for (String id : List.of("standard-webhooks", "svix", "slack")) {
            assertThat(catalog.find(id).orElseThrow().delivery().retryHorizonSeconds().note())
                    .as(id).contains("Sum of the listed");
        }
    }

    @Test
    void survivesAJsonRoundTripUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (ProviderEntry entry : catalog.all()) {
            String json = mapper.writeValueAsString(entry);
            assertThat(mapper.readValue(json, ProviderEntry.class)).as(entry.id()).isEqualTo(entry);
            assertThat(json).doesNotContain("\"known\"").doesNotContain("\"retryHorizon\"");
        }
    }

    @Test
    void namesItselfBySha256() {
        assertThat(catalog.digest()).matches("[0-9a-f]{64}");
    }

    private void forEachFact(BiConsumer<String, SourcedFact<?>> check) {
        for (ProviderEntry entry : catalog.all()) {
            for (Map.Entry<String, SourcedFact<?>> fact : entry.facts().entrySet()) {
                check.accept(entry.id() + " " + fact.getKey(), fact.getValue());
            }
        }
    }
}
