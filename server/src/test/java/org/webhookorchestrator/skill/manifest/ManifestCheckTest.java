package org.webhookorchestrator.skill.manifest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.host.tool.SchemaFactory;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

class ManifestCheckTest {

    record Out(String value) {
    }

    record Other(int count) {
    }

    private final SchemaFactory schemas = new SchemaFactory();

    @Test
    void aSkillWhoseToolsMatchItsManifestPasses() {
        Skill skill = skill(manifest("available"), schemaOf(Out.class), tool("thing_make", Out.class));

        assertThatCode(() -> ManifestCheck.verify(skill, schemas::outputSchema)).doesNotThrowAnyException();
    }

    @Test
    void aToolForAPlannedOperationIsRefused() {
        Skill skill = skill(manifest("planned"), schemaOf(Out.class), tool("thing_make", Out.class));

        assertThatThrownBy(() -> ManifestCheck.verify(skill, schemas::outputSchema))
                .hasMessageContaining("tool thing_make is registered but the manifest marks its operation planned");
    }

    @Test
    void anAvailableOperationWithoutItsToolIsRefused() {
        Skill skill = skill(manifest("available"), schemaOf(Out.class));

        assertThatThrownBy(() -> ManifestCheck.verify(skill, schemas::outputSchema))
                .hasMessageContaining("the manifest marks thing_make available but no such tool is registered");
    }

    @Test
    void aContractSchemaThatDiffersFromTheArtifactRecordIsRefused() {
        Skill skill = skill(manifest("available"), schemaOf(Other.class), tool("thing_make", Out.class));

        assertThatThrownBy(() -> ManifestCheck.verify(skill, schemas::outputSchema))
                .hasMessageContaining("contract schema schemas/thing.v1.json differs from the schema of Out");
    }

    @Test
    void aRequestSchemaThatDiffersFromTheInputRecordIsRefused() {
        Skill skill = withRequest(schemas.inputSchema(Other.class));

        assertThatThrownBy(() -> ManifestCheck.verify(skill, schemas::outputSchema, schemas::inputSchema))
                .hasMessageContaining("contract schema schemas/thing-request.v1.json differs from the schema of Map");
    }

    @Test
    void aRequestSchemaEqualToTheInputRecordPasses() {
        Skill skill = withRequest(schemas.inputSchema(Map.class));

        assertThatCode(() -> ManifestCheck.verify(skill, schemas::outputSchema, schemas::inputSchema))
                .doesNotThrowAnyException();
    }

    private Skill withRequest(com.fasterxml.jackson.databind.node.ObjectNode requestSchema) {
        SkillManifest manifest = new ObjectMapper().convertValue(Map.of(
                "manifestVersion", 1, "id", "test.thing", "name", "T", "version", "1", "description", "d",
                "tags", List.of("t"),
                "operations", List.of(Map.of("id", "make", "tool", "thing_make", "status", "available",
                        "contract", Map.of("name", "thing", "version", "v1", "schema", "schemas/thing.v1.json"),
                        "request", Map.of("name", "thing-request", "version", "v1",
                                "schema", "schemas/thing-request.v1.json")))),
                SkillManifest.class);
        var loaded = new ManifestLoader.LoadedManifest(manifest, Map.of("thing.v1", schemaOf(Out.class),
                "thing-request.v1", ManifestCheck.withEnvelope(requestSchema,
                        new ArtifactContract("thing-request", "v1", Map.class))));
        SkillTool<?, ?> tool = tool("thing_make", Out.class);
        return new Skill() {
            @Override
            public ManifestLoader.LoadedManifest manifest() {
                return loaded;
            }

            @Override
            public List<SkillTool<?, ?>> tools() {
                return List.of(tool);
            }
        };
    }

    private JsonNode schemaOf(Class<?> type) {
        return ManifestCheck.withEnvelope(schemas.outputSchema(type),
                new ArtifactContract("thing", "v1", type));
    }

    private static SkillManifest manifest(String status) {
        return new ObjectMapper().convertValue(Map.of(
                "manifestVersion", 1, "id", "test.thing", "name", "T", "version", "1", "description", "d",
                "tags", List.of("t"),
                "operations", List.of(Map.of("id", "make", "tool", "thing_make", "status", status,
                        "contract", Map.of("name", "thing", "version", "v1", "schema", "schemas/thing.v1.json")))),
                SkillManifest.class);
    }

    private static Skill skill(SkillManifest manifest, JsonNode schema, SkillTool<?, ?>... tools) {
        var loaded = new ManifestLoader.LoadedManifest(manifest, Map.of("thing.v1", schema));
        return new Skill() {
            @Override
            public ManifestLoader.LoadedManifest manifest() {
                return loaded;
            }

            @Override
            public List<SkillTool<?, ?>> tools() {
                return List.of(tools);
            }
        };
    }

    private static <O> SkillTool<Map, O> tool(String name, Class<O> out) {
        return new SkillTool<>() {
            @Override
            public Optional<ArtifactContract> produces() {
                return Optional.of(new ArtifactContract("thing", "v1", out));
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String title() {
                return name;
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public Class<Map> inputType() {
                return Map.class;
            }

            @Override
            public Class<O> outputType() {
                return out;
            }

            @Override
            public ToolHints hints() {
                return ToolHints.lookup();
            }

            @Override
            public ToolOutcome<O> call(Map input, ToolContext context) {
                throw new UnsupportedOperationException("not called by the manifest check");
            }
        };
    }
}
