package org.webhookorchestrator.webhook.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Test catalogs: the fixture files, and the valid minimal catalog with one change applied. */
final class CatalogFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogFixtures() {
    }

    static InputStream open(String resource) {
        InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test fixture /catalog/" + resource);
        }
        return in;
    }

    /** {@code minimal.json} with the node at {@code pointer} (a JSON pointer) set to {@code json}. */
    static String minimalWith(String pointer, String json) {
        return minimal(root -> set(root, pointer, json));
    }

    /** {@code minimal.json} with a copy of its provider added, changed by {@code change}. */
    static String minimalWithSecondProvider(Consumer<ObjectNode> change) {
        return minimal(root -> {
            ArrayNode providers = (ArrayNode) root.get("providers");
            ObjectNode copy = providers.get(0).deepCopy();
            change.accept(copy);
            providers.add(copy);
        });
    }

    static String minimal(Consumer<ObjectNode> change) {
        try (InputStream in = open("minimal.json")) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(in);
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void set(JsonNode root, String pointer, String json) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        try {
            parent.set(pointer.substring(slash + 1), MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + json, e);
        }
    }
}
