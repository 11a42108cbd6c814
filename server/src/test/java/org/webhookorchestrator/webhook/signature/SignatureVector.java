package org.webhookorchestrator.webhook.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code fixtures/signature-vectors.json}, as the file states it. */
record SignatureVector(
        String id,
        String provider,
        Optional<String> secret,
        Optional<String> timestamp,
        Optional<String> messageId,
        Optional<String> method,
        Optional<String> url,
        Map<String, List<String>> params,
        Optional<String> payload,
        Optional<String> publicKeySpkiBase64,
        Optional<String> publicKeyHex,
        Map<String, String> expectedHeaders) {

    static Path fixture() {
        String root = System.getProperty("projectRoot");
        if (root == null) {
            throw new IllegalStateException("system property projectRoot is not set; run the tests through Maven");
        }
        return Path.of(root, "fixtures", "signature-vectors.json");
    }

    static JsonNode fixtureTree() {
        try {
            return JsonMapper.builder().build().readTree(Files.readAllBytes(fixture()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fixture(), e);
        }
    }

    static List<SignatureVector> all() {
        List<SignatureVector> vectors = new ArrayList<>();
        for (JsonNode node : fixtureTree().path("vectors")) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            node.path("params").properties().forEach(e -> params.put(e.getKey(), List.of(e.getValue().asText())));
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("expected_headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            vectors.add(new SignatureVector(
                    node.path("id").asText(),
                    node.path("provider").asText(),
                    text(node, "secret"),
                    text(node, "timestamp"),
                    text(node, "msg_id"),
                    text(node, "method"),
                    text(node, "url"),
                    params,
                    text(node, "payload"),
                    text(node, "public_key_spki_base64"),
                    text(node, "public_key_hex"),
                    headers));
        }
        return vectors;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
