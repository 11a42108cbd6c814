package org.webhookorchestrator.webhook.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.signature.Delivery;

class DedupeKeyTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    @Test
    void a_header_key_is_the_header_value_in_any_case() {
        Delivery delivery = Delivery.builder("POST", "http://127.0.0.1/h").header("x-github-delivery", " 72d3 ")
                .body("{}").build();
        assertThat(DedupeKey.of(CATALOG.find("github").orElseThrow(), delivery)).isEqualTo("72d3");
    }

    @Test
    void a_body_key_follows_its_dotted_path() {
        Delivery delivery = Delivery.post("http://127.0.0.1/m",
                "{\"signature\":{\"token\":\"tok_1\"},\"event\":\"x\"}".getBytes());
        assertThat(DedupeKey.of(CATALOG.find("mailgun").orElseThrow(), delivery)).isEqualTo("tok_1");
    }

    @Test
    void a_batched_body_joins_the_key_of_every_event() {
        Delivery delivery = Delivery.post("http://127.0.0.1/s",
                "[{\"sg_event_id\":\"a\"},{\"sg_event_id\":\"b\"}]".getBytes());
        assertThat(DedupeKey.of(CATALOG.find("sendgrid").orElseThrow(), delivery)).isEqualTo("a,b");
    }

    @Test
    void without_a_known_key_the_body_digest_is_the_key() {
        Delivery delivery = Delivery.post("http://127.0.0.1/z", "{\"a\":1}".getBytes());
        assertThat(DedupeKey.of(CATALOG.find("zoom").orElseThrow(), delivery))
                .isEqualTo(DedupeKey.digest("{\"a\":1}".getBytes())).startsWith("sha256:");
    }

    @Test
    void a_body_that_lacks_its_key_falls_back_to_the_digest() {
        Delivery delivery = Delivery.post("http://127.0.0.1/s", "not json".getBytes());
        assertThat(DedupeKey.of(CATALOG.find("stripe").orElseThrow(), delivery))
                .isEqualTo(DedupeKey.digest("not json".getBytes()));
    }
}
