package org.webhookorchestrator.host.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.app.DependencySettings;
import org.webhookorchestrator.app.SkillSet;

/** Rules every tool of every skill obeys, so that every MCP client accepts every tool. */
class ToolGuardTest {

    @TempDir
    static Path dataDir;
    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = Assembly.open(dataDir, Assembly.Options.defaults().withSkills(SkillSet.all));
    }

    @AfterAll
    static void close() {
        assembly.close();
    }

    static List<McpSchema.Tool> tools() {
        return assembly.host().tools();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tools")
    void nameIsAcceptedByEveryClient(McpSchema.Tool tool) {
        assertThat(tool.name()).matches("^[a-z0-9_]{1,64}$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tools")
    void titleAndDescriptionSayWhatTheToolDoes(McpSchema.Tool tool) {
        assertThat(tool.title()).isNotBlank();
        assertThat(tool.description()).hasSizeBetween(80, 1024);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tools")
    void everyHintIsDeclaredExplicitly(McpSchema.Tool tool) {
        McpSchema.ToolAnnotations a = tool.annotations();
        assertThat(a.readOnlyHint()).isNotNull();
        assertThat(a.destructiveHint()).isNotNull();
        assertThat(a.idempotentHint()).isNotNull();
        assertThat(a.openWorldHint()).isNotNull();
        assertThat(a.readOnlyHint() && a.destructiveHint()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tools")
    void inputSchemaIsAPlainObjectWithoutTopLevelCombinators(McpSchema.Tool tool) {
        Map<String, Object> input = tool.inputSchema();
        assertThat(input).containsEntry("type", "object").containsEntry("additionalProperties", false);
        assertThat(input.keySet()).doesNotContainAnyElementsOf(Set.of("anyOf", "oneOf", "allOf", "not", "$ref"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tools")
    void outputSchemaIsAnObject(McpSchema.Tool tool) {
        assertThat(tool.outputSchema()).containsEntry("type", "object");
    }
}
