package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BodyHmacSchemeTest {

    private static final SharedSecret SECRET = SharedSecret.utf8("It's a Secret to Everybody");
    private static final String HEX = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private static Delivery helloWorld(String header, String value) {
        return Delivery.builder("POST", "https://receiver.example/hooks").body("Hello, World!")
                .header(header, value).build();
    }

    @Test
    void githubWithOnlyTheLegacySha1HeaderFailsAsUnsupportedVersion() {
        Delivery legacy = helloWorld("X-Hub-Signature", "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59");

        assertThat(BodyHmacScheme.github().verify(legacy, SECRET).failureReason())
                .contains(FailureReason.UNSUPPORTED_VERSION);
    }

    @Test
    void githubAcceptsUpperCaseHex() {
        Delivery upper = helloWorld("X-Hub-Signature-256", "sha256=" + HEX.toUpperCase(Locale.ROOT));

        assertThat(BodyHmacScheme.github().verify(upper, SECRET).isOk()).isTrue();
    }

    @Test
    void githubSignatureWithoutItsPrefixFailsAsMalformed() {
        assertThat(BodyHmacScheme.github().verify(helloWorld("X-Hub-Signature-256", HEX), SECRET).failureReason())
                .contains(FailureReason.MALFORMED_SIGNATURE);
    }

    @Test
    void jiraRefusesASha1Signature() {
        Delivery sha1 = helloWorld("X-Hub-Signature", "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59");

        assertThat(BodyHmacScheme.jira().verify(sha1, SECRET).failureReason())
                .contains(FailureReason.UNSUPPORTED_VERSION);
    }

    @Test
    void intercomSignsWithHmacSha1Hex() {
        SignedRequest signed = BodyHmacScheme.intercom().sign(helloWorld("X-Other", "x"), SECRET, Instant.EPOCH);

        assertThat(signed.signatureHeaders().first("X-Hub-Signature").orElseThrow()).matches("sha1=[0-9a-f]{40}");
    }

    @Test
    void shopifyAcceptsTheEventsPreviewHeaderName() {
        BodyHmacScheme shopify = BodyHmacScheme.shopify();
        String base64 = shopify.sign(helloWorld("X-Other", "x"), SECRET, Instant.EPOCH).signatureHeaders()
                .first("X-Shopify-Hmac-Sha256").orElseThrow();

        assertThat(shopify.verify(helloWorld("shopify-hmac-sha256", base64), SECRET).isOk()).isTrue();
    }
}
