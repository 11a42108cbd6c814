package org.webhookorchestrator.skill.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

    static final String SKILL = "integration.webhook_orchestrator";

    @TempDir
    Path folder;

    @Test
    void theCommittedManifestLoadsWithItsInventoryContract() {
        var loaded = ManifestLoader.load(ManifestSource.builtIn(), SKILL);

        assertThat(loaded.manifest().tags()).containsExactly("webhooks", "integration", "security", "reliability");
        assertThat(loaded.manifest().dependsOn()).containsExactly("core.orchestrator", "core.quality");
        assertThat(loaded.contractSchemas()).containsKey("inventory.v1");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() throws Exception {
        write(SKILL + ".json", """
                {"manifestVersion": 2, "id": "integration.webhook_orchestrator", "name": "", "version": "1",
                 "description": "d", "tags": [], "hosts": ["vim"], "dependsOn": [],
                 "operations": [{"id": "inventory", "tool": "Webhook-Inventory", "status": "available",
                                 "contract": {"name": "inventory", "version": "1", "schema": "schemas/x.json"}}],
                 "helpers": []}
                """);

        assertThatThrownBy(() -> ManifestLoader.load(ManifestSource.directory(folder), SKILL))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("manifestVersion: must be 1, found 2")
                .hasMessageContaining("name: must not be blank")
                .hasMessageContaining("tags: must list at least one tag")
                .hasMessageContaining("hosts[0]: unknown host vim")
                .hasMessageContaining("operations[0].tool: must match ^[a-z0-9_]{1,64}$, found Webhook-Inventory")
                .hasMessageContaining("operations[0].contract.version: must look like v1, found 1");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() throws Exception {
        write(SKILL + ".json", "{\"manifestVersion\": 1, \"idd\": \"x\"}");

        assertThatThrownBy(() -> ManifestLoader.load(ManifestSource.directory(folder), SKILL))
                .hasMessageContaining("is not valid").hasMessageContaining("idd");
    }

    @Test
    void aMissingManifestSaysWhereItLooked() {
        assertThatThrownBy(() -> ManifestLoader.load(ManifestSource.directory(folder), SKILL))
                .hasMessage("skill manifest " + SKILL + ".json not found in " + folder);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
