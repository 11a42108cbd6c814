package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void bodyPassedInIsCopied() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Delivery delivery = Delivery.post("https://receiver.example/", body);
        body[0] = 'X';

        assertThat(delivery.bodyAsUtf8()).isEqualTo("{}");
    }

    @Test
    void bodyHandedOutIsACopy() {
        Delivery delivery = Delivery.post("https://receiver.example/", "{}".getBytes(StandardCharsets.UTF_8));
        delivery.body()[0] = 'X';

        assertThat(delivery.bodyAsUtf8()).isEqualTo("{}");
    }

    @Test
    void toStringShowsTheBodyLengthButNotTheBody() {
        Delivery delivery = Delivery.post("https://receiver.example/", "{\"card\":\"4242\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(delivery.toString()).contains("body 15 bytes").doesNotContain("4242");
    }

    @Test
    void deliveriesWithTheSameBytesAreEqual() {
        assertThat(Delivery.builder("POST", "https://r.example/").body("a").build())
                .isEqualTo(Delivery.builder("POST", "https://r.example/").body("a").build());
    }
}
