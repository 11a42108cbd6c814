package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureSchemesTest {

    private final SignatureSchemes schemes = SignatureSchemes.create(Clock.systemUTC());

    @Test
    void providerIdsAreExactlyTheNineteenKnownProviders() {
        assertThat(SignatureSchemes.providerIds()).containsExactly("stripe", "github", "shopify", "slack", "twilio",
                "standard-webhooks", "svix", "square", "zoom", "paypal", "paddle", "linear", "intercom", "sendgrid",
                "mailgun", "hubspot", "discord", "jira", "gitlab");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "stripe, stripe-v1",
        "github, github-sha256",
        "shopify, shopify-hmac-sha256",
        "slack, slack-v0",
        "twilio, twilio-hmac-sha1",
        "standard-webhooks, standard-webhooks-v1",
        "svix, svix-v1",
        "square, square-hmac-sha256",
        "zoom, zoom-v0",
        "paypal, paypal-verify-api",
        "paddle, paddle-h1",
        "linear, linear-hmac-sha256",
        "intercom, intercom-sha1",
        "sendgrid, sendgrid-ecdsa-p256",
        "mailgun, mailgun-hmac-sha256",
        "hubspot, hubspot-v3",
        "discord, discord-ed25519",
        "jira, jira-sha256",
        "gitlab, gitlab-token"
    })
    void eachProviderHasItsScheme(String providerId, String schemeId) {
        assertThat(schemes.forProvider(providerId).id()).isEqualTo(schemeId);
    }

    @Test
    void unknownProviderIdIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> schemes.forProvider("Stripe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown provider id: \"Stripe\"")
                .hasMessageContaining("stripe, github, shopify");
    }

    @Test
    void findReturnsEmptyForAnUnknownProvider() {
        assertThat(schemes.find("bitbucket")).isEmpty();
    }
}
