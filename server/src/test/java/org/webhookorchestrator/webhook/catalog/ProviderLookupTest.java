package org.webhookorchestrator.webhook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding a provider by what people call it. */
class ProviderLookupTest {

    private final ProviderCatalog catalog = ProviderCatalog.loadBuiltIn();

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stripe                 | stripe
            Stripe                 | stripe
            '  GitHub  '           | github
            GITHUB                 | github
            Standard Webhooks      | standard-webhooks
            standard_webhooks      | standard-webhooks
            standard-webhooks      | standard-webhooks
            Paddle Billing         | paddle
            paddle                 | paddle
            clerk                  | svix
            Resend                 | svix
            Jira Cloud             | jira
            sendgrid event webhook | sendgrid
            HubSpot v3             | hubspot
            PayPal                 | paypal
            """)
    void findsByIdDisplayNameOrAliasInAnyCase(String name, String id) {
        assertThat(catalog.find(name)).map(ProviderEntry::id).contains(id);
    }

    @ParameterizedTest(name = "''{0}'' finds nothing")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "acme", "github enterprise", "stripe connect", "svix-clerk"})
    void anUnknownNameFindsNothing(String name) {
        assertThat(catalog.find(name)).isEmpty();
    }

    @Test
    void everyIdFindsItsOwnEntry() {
        for (ProviderEntry entry : catalog.all()) {
            assertThat(catalog.find(entry.id())).containsSame(entry);
            assertThat(catalog.find(entry.displayName())).containsSame(entry);
        }
    }
}
