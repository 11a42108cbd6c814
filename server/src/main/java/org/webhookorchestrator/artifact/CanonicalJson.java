package org.webhookorchestrator.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one canonical JSON form used for hashing: object keys sorted by UTF-16 code units (as RFC 8785 sorts them), no
 * insignificant whitespace, UTF-8. Artifacts keep to strings, booleans, integers and nulls, so the RFC's number rules
 * never come into play; a non-integral number is refused rather than hashed in a form another implementation might not
 * reproduce.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL) // an absent optional is absent, never null
            .build();

    private CanonicalJson() {
    }

    /** The mapper artifacts are converted with; shared so that records always map the same way. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Canonical UTF-8 bytes of any value Jackson can map (records, maps, lists, trees). */
    public static byte[] bytes(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        try {
            return MAPPER.writeValueAsString(sorted(tree)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Canonical JSON as a string. */
    public static String string(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo); // String.compareTo orders by UTF-16 code units, as RFC 8785 requires
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(sorted(it.next()));
            }
            return out;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            throw new IllegalArgumentException("canonical JSON carries integers only, found " + node.asText());
        }
        return node;
    }

    /** Parses canonical (or any) JSON back into a map tree; for callers that must not depend on Jackson types. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, Map.class);
    }
}
