package org.webhookorchestrator.webhook.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;

/**
 * Reads the catalog JSON into records, one source and one provider at a time, so that a failure can name the provider
 * and the path of the fact. The mapper is strict: unknown or repeated fields, strings where numbers belong and
 * fractions where integers belong are all refused.
 */
final class CatalogReader {

    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private CatalogReader() {
    }

    static ProviderCatalog read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogException("catalog: not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogException("catalog: cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogException("catalog: the document must be a JSON object");
        }
        checkTopLevel(root);
        List<Source> sources = new ArrayList<>();
        for (JsonNode node : root.get("sources")) {
            sources.add(map(node, Source.class, "source '" + text(node, "key", "#" + sources.size()) + "'"));
        }
        List<ProviderEntry> providers = new ArrayList<>();
        for (JsonNode node : root.get("providers")) {
            String subject = "provider '" + text(node, "id", "#" + providers.size()) + "'";
            checkFieldNames(subject, node);
            providers.add(map(node, ProviderEntry.class, subject));
        }
        return new ProviderCatalog(sources, providers, ArtifactId.sha256Hex(CanonicalJson.bytes(root)));
    }

    private static void checkTopLevel(JsonNode root) {
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("formatVersion", "sources", "providers").contains(name)) {
                throw new CatalogException("catalog: unknown top-level field '" + name + "'");
            }
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw new CatalogException("catalog: formatVersion must be " + FORMAT_VERSION + ", found " + version);
        }
        for (String list : List.of("sources", "providers")) {
            JsonNode node = root.get(list);
            if (node == null || !node.isArray() || node.isEmpty()) {
                throw new CatalogException("catalog: '" + list + "' must be a non-empty array");
            }
        }
    }

    /**
     * Refuses misspelt fields before mapping. Jackson reports an unknown field of a record only after calling its
     * constructor, which by then has complained that the correctly spelt fact is missing.
     */
    private static void checkFieldNames(String subject, JsonNode provider) {
        checkNames(subject, "field", "", provider, ProviderEntry.class);
        for (String group : List.of("signing", "delivery")) {
            JsonNode facts = provider.get(group);
            if (facts == null || !facts.isObject()) {
                continue;
            }
            checkNames(subject, "fact", group + ".", facts, group.equals("signing") ? SigningFacts.class
                    : DeliveryFacts.class);
            for (Map.Entry<String, JsonNode> entry : facts.properties()) {
                if (entry.getValue().isObject()) {
                    checkNames(subject, "fact", group + "." + entry.getKey() + ".", entry.getValue(),
                            SourcedFact.class);
                }
            }
        }
    }

    private static void checkNames(String subject, String label, String prefix, JsonNode node, Class<?> type) {
        List<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new CatalogException("catalog: " + subject + " " + label + " '" + prefix + name
                        + "': unknown; expected one of " + String.join(", ", known));
            }
        }
    }

    private static <T> T map(JsonNode node, Class<T> type, String subject) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw violation(subject, e);
        } catch (JsonProcessingException e) {
            throw new CatalogException("catalog: " + subject + ": " + e.getOriginalMessage(), e);
        }
    }

    private static CatalogException violation(String subject, JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String problem = e.getOriginalMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FieldViolation fieldViolation) {
                if (!fieldViolation.path().isEmpty()) {
                    path.append(path.length() == 0 ? "" : ".").append(fieldViolation.path());
                }
                problem = fieldViolation.problem();
                break;
            }
        }
        String where = path.toString();
        String label = where.startsWith("signing.") || where.startsWith("delivery.") ? "fact" : "field";
        return new CatalogException("catalog: " + subject + " " + label + " '" + where + "': " + problem, e);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : fallback;
    }
}
