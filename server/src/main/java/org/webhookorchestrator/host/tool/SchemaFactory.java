package org.webhookorchestrator.host.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.webhookorchestrator.artifact.CanonicalJson;

/**
 * Derives JSON Schemas from records, so that a tool's schema and its handler can never disagree: Jakarta constraints
 * become {@code required}, {@code minLength}, {@code pattern} and so on; {@code @JsonPropertyDescription} becomes
 * {@code description}. Schemas are inlined (no {@code $ref}) because several MCP clients do not resolve references.
 */
public final class SchemaFactory {

    private final SchemaGenerator inputs = generator(true);
    private final SchemaGenerator outputs = generator(false);
    // Generation dominates start-up, and the host asks for the same types more than once (a tool's description,
    // then the manifest check): each schema is made once. Callers get copies, so nobody can change the cached one.
    private final Map<Class<?>, ObjectNode> inputCache = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectNode> outputCache = new ConcurrentHashMap<>();

    /** Input schemas refuse unknown properties: a misspelt argument is an error, not silently ignored. */
    public ObjectNode inputSchema(Class<?> type) {
        return inputCache.computeIfAbsent(type, inputs::generateSchema).deepCopy();
    }

    /** Output schemas stay open to additions, so a newer server never breaks an older client's validation. */
    public ObjectNode outputSchema(Class<?> type) {
        return outputCache.computeIfAbsent(type, outputs::generateSchema).deepCopy();
    }

    public static Map<String, Object> asMap(ObjectNode schema) {
        return CanonicalJson.toMap(schema);
    }

    private static SchemaGenerator generator(boolean strict) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.INLINE_ALL_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        if (strict) {
            config.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        } else {
            // Outputs never carry null lists or primitives (records copy lists, absent scalars are left out), so a
            // consumer may rely on them: say so. Other fields are required where they are declared @NotNull.
            config.forFields().withRequiredCheck(field -> field.getType() != null
                    && (field.getType().isInstanceOf(java.util.Collection.class)
                    || field.getType().getErasedType().isPrimitive()));
        }
        return new SchemaGenerator(config.build());
    }
}
