package org.webhookorchestrator.webhook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.webhookorchestrator.webhook.catalog.CatalogFixtures.minimalWith;
import static org.webhookorchestrator.webhook.catalog.CatalogFixtures.minimalWithSecondProvider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The loader refuses a broken catalog, and its message names the provider, the fact path and the problem. */
class CatalogValidationTest {

    private static final String TS_FACT = "{\"value\": 300, \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}";

    @Test
    void theMinimalFixtureIsValid() {
        ProviderCatalog catalog = ProviderCatalog.load(CatalogFixtures.open("minimal.json"));
        assertThat(catalog.find("Acme Classic")).map(ProviderEntry::id).contains("acme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            verified-without-source | catalog: provider 'stripe' fact 'delivery.retryHorizonSeconds': status VERIFIED requires at least one source key
            verified-without-value  | catalog: provider 'stripe' fact 'delivery.ackDeadlineSeconds': status VERIFIED requires a value
            unverified-with-value   | catalog: provider 'slack' fact 'signing.signatureToleranceSeconds': status UNVERIFIED must not carry a value
            unverified-with-source  | catalog: provider 'slack' fact 'signing.timestampUnit': status UNVERIFIED must not cite source keys [DOC]
            negative-number         | catalog: provider 'github' fact 'delivery.ackDeadlineSeconds': value must not be negative, found -10
            negative-in-schedule    | catalog: provider 'svix' fact 'delivery.retryScheduleSeconds': value[2] must not be negative, found -300
            missing-status          | catalog: provider 'zoom' fact 'delivery.ackDeadlineSeconds': status is missing; use VERIFIED, SECONDARY or UNVERIFIED
            missing-fact            | catalog: provider 'paddle' fact 'signing.schemeKind': missing
            bad-id                  | catalog: provider 'Stripe_Webhooks' field 'id': 'Stripe_Webhooks' is not lowercase kebab-case (^[a-z0-9]+(-[a-z0-9]+)*$)
            blank-alias             | catalog: provider 'svix' field 'aliases[1]': must not be blank
            bad-source-key          | catalog: source 'doc' field 'key': 'doc' does not match ^[A-Z0-9]+(-[A-Z0-9]+)*$
            """)
    void aFixtureThatBreaksARecordInvariantIsRefusedWithItsPath(String fixture, String message) {
        assertThatThrownBy(() -> load(fixture)).isInstanceOf(CatalogException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-status      | catalog: provider 'zoom' fact 'delivery.ackDeadlineSeconds.status': Cannot deserialize value of type
            string-for-number   | catalog: provider 'stripe' fact 'delivery.retryHorizonSeconds.value': Cannot coerce String value
            fraction-for-number | catalog: provider 'stripe' fact 'delivery.retryHorizonSeconds.value': Cannot coerce Floating-point value
            unknown-fact        | catalog: provider 'stripe' fact 'delivery.retryHorizon': unknown; expected one of idempotencyKey, retriesAutomatically, retryHorizonSeconds,
            misspelt-fact-field | catalog: provider 'stripe' fact 'delivery.retryHorizonSeconds.source': unknown; expected one of value, status, sources, note
            duplicate-field     | catalog: not valid JSON: Duplicate field 'citation'
            """)
    void aFixtureThatJsonMappingRefusesNamesTheProviderAndPath(String fixture, String messageStart) {
        assertThatThrownBy(() -> load(fixture)).isInstanceOf(CatalogException.class).hasMessageStartingWith(messageStart);
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                Arguments.of("an undefined source key",
                        minimalWith("/providers/0/delivery/retryHorizonSeconds",
                                "{\"value\": 3600, \"status\": \"VERIFIED\", \"sources\": [\"DOC\", \"NOPE\"]}"),
                        "catalog: provider 'acme' fact 'delivery.retryHorizonSeconds': cites undefined source key 'NOPE'"),
                Arguments.of("a VERIFIED fact with only a third-party source",
                        minimalWith("/providers/0/signing/algorithm",
                                "{\"value\": \"HMAC-SHA256\", \"status\": \"VERIFIED\", \"sources\": [\"BLOG\"]}"),
                        "catalog: provider 'acme' fact 'signing.algorithm': status VERIFIED requires an OFFICIAL source,"
                                + " but [BLOG] are all secondary; mark the fact SECONDARY"),
                Arguments.of("a tolerance without a timestamp",
                        minimalWith("/providers/0/signing/signatureToleranceSeconds", TS_FACT),
                        "catalog: provider 'acme' fact 'signing.signatureToleranceSeconds':"
                                + " present although signing.hasTimestamp is false"),
                Arguments.of("a timestamp without its unit",
                        minimalWith("/providers/0/signing/hasTimestamp",
                                "{\"value\": true, \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}"),
                        "catalog: provider 'acme' fact 'signing.timestampUnit': missing although signing.hasTimestamp"
                                + " is true; record it as UNVERIFIED if no source states it"),
                Arguments.of("a retry horizon for a provider that does not retry",
                        minimalWith("/providers/0/delivery/retriesAutomatically",
                                "{\"value\": false, \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}"),
                        "catalog: provider 'acme' fact 'delivery.retryHorizonSeconds':"
                                + " is 3600 although delivery.retriesAutomatically is false"),
                Arguments.of("a schedule longer than the horizon",
                        minimalWith("/providers/0/delivery/retryScheduleSeconds",
                                "{\"value\": [60, 3600], \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}"),
                        "catalog: provider 'acme' fact 'delivery.retryScheduleSeconds': the schedule sums to 3660 s,"
                                + " more than delivery.retryHorizonSeconds (3600 s)"),
                Arguments.of("a scheme id other than the provider id",
                        minimalWith("/providers/0/signing/scheme",
                                "{\"value\": \"acme-v2\", \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}"),
                        "catalog: provider 'acme' fact 'signing.scheme': scheme id 'acme-v2' must be the provider id"
                                + " 'acme'"),
                Arguments.of("a missing delivery fact",
                        CatalogFixtures.minimal(root -> ((ObjectNode) root.at("/providers/0/delivery")).remove("batched")),
                        "catalog: provider 'acme' fact 'delivery.batched': missing"),
                Arguments.of("a provider defined twice",
                        minimalWithSecondProvider(copy -> { }),
                        "catalog: provider 'acme' is defined twice"),
                Arguments.of("an alias that names another provider",
                        minimalWithSecondProvider(copy -> renamed(copy, "beta", "Beta", "ACME")),
                        "catalog: provider 'beta' field 'aliases[0]': 'ACME' is already a name of provider 'acme'"),
                Arguments.of("a display name that is another provider's alias",
                        minimalWithSecondProvider(copy -> renamed(copy, "beta", "Acme Classic", "beta hooks")),
                        "catalog: provider 'beta' field 'displayName': 'Acme Classic' is already a name of provider"
                                + " 'acme'"),
                Arguments.of("an alias that repeats the provider's own display name",
                        minimalWith("/providers/0/aliases", "[\"acme_hooks\"]"),
                        "catalog: provider 'acme' field 'aliases[0]': 'acme_hooks' repeats another name of the same"
                                + " provider"),
                Arguments.of("a source defined twice",
                        minimalWith("/sources/1/key", "\"DOC\""),
                        "catalog: source 'DOC' is defined twice"),
                Arguments.of("another format version",
                        minimalWith("/formatVersion", "2"),
                        "catalog: formatVersion must be 1, found 2"),
                Arguments.of("an empty provider list",
                        minimalWith("/providers", "[]"),
                        "catalog: 'providers' must be a non-empty array"),
                Arguments.of("not JSON", "{\"formatVersion\": 1,", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void aCatalogThatBreaksACatalogRuleIsRefused(String what, String json, String message) {
        var thrown = assertThatThrownBy(() -> ProviderCatalog.parse(json)).isInstanceOf(CatalogException.class);
        if (message == null) {
            thrown.hasMessageStartingWith("catalog: not valid JSON: ");
        } else {
            thrown.hasMessage(message);
        }
    }

    private static void renamed(ObjectNode provider, String id, String displayName,
            String alias) {
        provider.set("id", TextNode.valueOf(id));
        provider.set("displayName", TextNode.valueOf(displayName));
        provider.set("aliases", provider.arrayNode().add(alias));
        CatalogFixtures.set(provider, "/signing/scheme",
                "{\"value\": \"" + id + "\", \"status\": \"VERIFIED\", \"sources\": [\"DOC\"]}");
    }

    private static ProviderCatalog load(String fixture) throws Exception {
        try (InputStream in = CatalogFixtures.open("invalid/" + fixture + ".json")) {
            return ProviderCatalog.load(in);
        }
    }
}
