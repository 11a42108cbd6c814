package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HubSpotV3SchemeTest {

    private static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_456L);
    private static final SharedSecret CLIENT_SECRET = SharedSecret.utf8("yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy");

    private final HubSpotV3Scheme scheme = new HubSpotV3Scheme(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Delivery event() {
        return Delivery.builder("POST", "https://www.example.com/webhook_uri?portal=62515")
                .body("[{\"eventId\":1,\"subscriptionType\":\"contact.creation\"}]").build();
    }

    @Test
    void signatureMatchesAnIndependentHmacOfMethodUriBodyAndMillis() {
        // printf 'POSThttps://www.example.com/webhook_uri?portal=62515<body>1700000000456' | openssl dgst -sha256
        //   -hmac yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy -binary | base64
        assertThat(scheme.sign(event(), CLIENT_SECRET, NOW).signatureHeaders().first("X-HubSpot-Signature-v3"))
                .contains("iJBXRk1XnVw20ywi86BgdNL8HOWuHquCDyfVQB2D0gE=");
    }

    @Test
    void changedMethodFailsWithSignatureMismatch() {
        Delivery signed = scheme.sign(event(), CLIENT_SECRET, NOW).delivery();
        Delivery put = Delivery.builder("PUT", signed.url()).headers(signed.headers()).body(signed.body()).build();

        assertThat(scheme.verify(put, CLIENT_SECRET).failureReason()).contains(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void timestampHeaderIsWrittenInMilliseconds() {
        assertThat(scheme.sign(event(), CLIENT_SECRET, NOW).signatureHeaders().first("X-HubSpot-Request-Timestamp"))
                .contains("1700000000456");
    }
}
