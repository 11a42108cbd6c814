package org.webhookorchestrator.webhook.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.SharedSecret;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReferenceReceiverTest {

    private static final String SECRET = "github-reference-receiver-test-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ReferenceReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        ProviderEntry github = ProviderCatalog.loadBuiltIn().find("github").orElseThrow();
        receiver = ReferenceReceiver.start(ReceiverSettings.defaults(github, List.of(SECRET)).withMaxBodyBytes(1024),
                0);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void an_authentic_delivery_is_acknowledged_then_processed_once() throws Exception {
        HttpResponse<String> response = post(signed("{\"zen\":\"ok\"}", "d-1"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("accepted");
        assertThat(awaitProcessed("d-1").path("processedCount").asLong()).isEqualTo(1);
    }

    @Test
    void a_second_copy_is_acknowledged_as_a_duplicate() throws Exception {
        post(signed("{\"zen\":\"ok\"}", "d-2"));
        HttpResponse<String> copy = post(signed("{\"zen\":\"ok\"}", "d-2"));
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).contains("duplicate");
    }

    @Test
    void a_delivery_that_does_not_verify_gets_401_with_the_reason_and_no_detail() throws Exception {
        Delivery forged = signed("{\"zen\":\"ok\"}", "d-3").withBody("{\"zen\":\"no\"}".getBytes());
        HttpResponse<String> response = post(forged);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"outcome\":\"signature_signature_mismatch\"}");
    }

    @Test
    void an_authentic_body_that_is_not_json_gets_400() throws Exception {
        assertThat(post(signed("{\"zen\":", "d-4")).statusCode()).isEqualTo(400);
    }

    @Test
    void a_body_over_the_limit_gets_413_before_it_is_read() throws Exception {
        assertThat(post(signed("{\"pad\":\"" + "x".repeat(2048) + "\"}", "d-5")).statusCode()).isEqualTo(413);
    }

    @Test
    void another_method_gets_405_naming_post() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(receiver.webhookUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void the_probe_answers_version_1_with_zeros_for_an_unknown_key() throws Exception {
        JsonNode answer = probe("never-seen");
        assertThat(JSON.convertValue(answer, Map.class)).isEqualTo(Map.of("probeVersion", 1, "key", "never-seen",
                "processedCount", 0, "pending", 0, "deadLettered", 0));
    }

    @Test
    void the_probe_refuses_a_request_without_a_key() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(receiver.probeUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    private Delivery signed(String body, String deliveryId) {
        Delivery unsigned = Delivery.builder("POST", receiver.webhookUri().toString())
                .header("Content-Type", "application/json").header("X-GitHub-Delivery", deliveryId).body(body).build();
        return SignatureSchemes.create(Clock.systemUTC()).forProvider("github")
                .sign(unsigned, SharedSecret.utf8(SECRET), Clock.systemUTC().instant()).delivery();
    }

    private HttpResponse<String> post(Delivery delivery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        delivery.headers().entries().forEach(header -> request.header(header.getKey(), header.getValue()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode probe(String key) throws Exception {
        URI uri = URI.create(receiver.probeUri() + "?key=" + key);
        return JSON.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode awaitProcessed(String key) throws Exception {
        JsonNode answer = probe(key);
        while (answer.path("pending").asLong() > 0) {
            Thread.sleep(5);
            answer = probe(key);
        }
        return answer;
    }
}
