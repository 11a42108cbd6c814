package org.webhookorchestrator.host.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.app.Dependencies;
import org.webhookorchestrator.app.DependencySettings;
import org.webhookorchestrator.app.SkillSet;
import org.webhookorchestrator.audit.SecretRegistry;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.FileAuditLog;
import org.webhookorchestrator.audit.SecretScreen;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.manifest.ManifestCheck;
import org.webhookorchestrator.skill.manifest.SkillManifest;
import org.webhookorchestrator.testing.Fixtures;
import org.webhookorchestrator.webhook.validation.StagingPolicy;

/**
 * Every tool's full description and every contract schema are committed; a change to either shows up as a diff to
 * review. Regenerate with {@code mvn verify -Dsnapshots.update=true}.
 */
class ToolSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * Every skill the server can host, the core skills included; built without the host's manifest check, so that
     * drifted snapshots can still be regenerated.
     */
    static final List<Skill> SKILLS = allSkills();

    private static List<Skill> allSkills() {
        try {
            Path scratch = Files.createTempDirectory("toolsnaps");
            AuditLog log = FileAuditLog.open(scratch, Clock.systemUTC(), SecretScreen.NONE);
            Dependencies embedded = Dependencies.open(DependencySettings.embedded(), scratch, new SecretRegistry(),
                    "snapshot", name -> null);
            return Assembly.skills(log, SkillSet.all, embedded, new SecretRegistry(), StagingPolicy.loopbackOnly(),
                    name -> null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<SkillTool<?, ?>> allTools() {
        return SKILLS.stream().flatMap(s -> s.tools().stream()).toList();
    }

    static List<SkillTool<?, ?>> contractTools() {
        return allTools().stream().filter(t -> t.produces().isPresent()).toList();
    }

    /** Tools whose operation also publishes the contract of what it is asked (the dependency skills). */
    static List<SkillTool<?, ?>> requestContractTools() {
        return contractTools().stream().filter(t -> operationOf(t).request() != null).toList();
    }

    private static SkillManifest.Operation operationOf(SkillTool<?, ?> tool) {
        Skill skill = SKILLS.stream().filter(s -> s.tools().contains(tool)).findFirst().orElseThrow();
        return skill.manifest().manifest().operationServedBy(tool.name()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTools")
    void toolDescriptionMatchesItsSnapshot(SkillTool<?, ?> tool) throws IOException {
        McpSchema.Tool described = new ToolAdapter(new SchemaFactory(), new InputBinder()).describe(tool);
        compare(Fixtures.path("fixtures/toolsnaps/" + tool.name() + ".json"), JSON.valueToTree(described));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractTools")
    void contractSchemaInTheManifestMatchesTheArtifactRecord(SkillTool<?, ?> tool) throws IOException {
        var contract = tool.produces().orElseThrow();
        Skill skill = SKILLS.stream().filter(s -> s.tools().contains(tool)).findFirst().orElseThrow();
        SkillManifest.Operation op = skill.manifest().manifest().operationServedBy(tool.name()).orElseThrow();
        ObjectNode generated = new SchemaFactory().outputSchema(contract.type());
        compare(Fixtures.path("skill-manifest/" + op.contract().schema()),
                ManifestCheck.withEnvelope(generated, contract));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestContractTools")
    void requestSchemaInTheManifestMatchesTheInputRecord(SkillTool<?, ?> tool) throws IOException {
        SkillManifest.Contract request = operationOf(tool).request();
        var contract = new ArtifactContract(request.name(), request.version(), tool.inputType());
        ObjectNode generated = new SchemaFactory().inputSchema(tool.inputType());
        compare(Fixtures.path("skill-manifest/" + request.schema()), ManifestCheck.withEnvelope(generated, contract));
    }

    private static void compare(Path file, JsonNode actual) throws IOException {
        String text = JSON.writeValueAsString(JSON.readTree(JSON.writeValueAsString(actual))) + "\n";
        if (Fixtures.updateSnapshots()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("snapshot " + file + " is missing: run mvn verify -Dsnapshots.update=true and review it");
        }
        assertThat(JSON.readTree(Files.readString(file))).as("snapshot " + file
                + " differs; if the change is intended, regenerate with -Dsnapshots.update=true").isEqualTo(
                JSON.readTree(text));
    }
}
