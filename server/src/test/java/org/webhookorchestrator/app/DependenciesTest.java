package org.webhookorchestrator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.audit.SecretRegistry;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.remote.RemotePolicy;

/** How the dependency bindings are chosen from the settings, and what becomes of a token reference. */
class DependenciesTest {

    static final String TOKEN = "tok-7f3a9c1e5b2d4068";
    static final URI REMOTE = URI.create("http://127.0.0.1:9/mcp");

    @TempDir
    Path dataDir;

    @Test
    void withoutAUrlEachDependencyIsEmbedded() {
        try (Dependencies deps = open(DependencySettings.embedded(), new SecretRegistry(), Map.of())) {
            assertThat(deps.orchestrator().info().binding()).isEqualTo(DependencyInfo.Binding.embedded);
            assertThat(deps.quality().info().binding()).isEqualTo(DependencyInfo.Binding.embedded);
        }
    }

    @Test
    void eachDependencyIsBoundOnItsOwn() {
        var settings = new DependencySettings(null, null, REMOTE, null, RemotePolicy.defaults());
        try (Dependencies deps = open(settings, new SecretRegistry(), Map.of())) {
            assertThat(deps.orchestrator().info().binding()).isEqualTo(DependencyInfo.Binding.embedded);
            assertThat(deps.quality().info()).isEqualTo(new DependencyInfo("core.quality",
                    DependencyInfo.Binding.remote, "unknown", REMOTE.toString()));
            assertThat(deps.describe()).isEqualTo("core.orchestrator=embedded, core.quality=remote " + REMOTE);
        }
    }

    @Test
    void anEnvTokenIsResolvedOnceAndRegisteredAsASecret() {
        SecretRegistry secrets = new SecretRegistry();
        var settings = new DependencySettings(null, null, REMOTE, "env:QUALITY_TOKEN", RemotePolicy.defaults());

        try (Dependencies deps = open(settings, secrets, Map.of("QUALITY_TOKEN", TOKEN))) {
            assertThat(secrets.secretIn(("x" + TOKEN + "x").getBytes(StandardCharsets.UTF_8)))
                    .contains("quality-token (env:QUALITY_TOKEN)");
            assertThat(deps.describe()).doesNotContain(TOKEN);
        }
    }

    @Test
    void aFileTokenIsReadWithoutItsTrailingNewline() throws Exception {
        Path file = Files.writeString(dataDir.resolve("token"), TOKEN + "\n");
        SecretRegistry secrets = new SecretRegistry();
        var settings = new DependencySettings(REMOTE, "file:" + file, null, null, RemotePolicy.defaults());

        open(settings, secrets, Map.of()).close();

        assertThat(secrets.secretIn(TOKEN.getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    @Test
    void aMissingEnvTokenStopsTheServerNamingTheReference() {
        var settings = new DependencySettings(REMOTE, "env:ORCH_TOKEN", null, null, RemotePolicy.defaults());

        assertThatThrownBy(() -> open(settings, new SecretRegistry(), Map.of()))
                .hasMessage("the environment variable of env:ORCH_TOKEN is not set");
    }

    @Test
    void aTokenValueInsteadOfAReferenceIsRefusedWithoutEchoingIt() {
        var settings = new DependencySettings(REMOTE, TOKEN, null, null, RemotePolicy.defaults());

        assertThatThrownBy(() -> open(settings, new SecretRegistry(), Map.of()))
                .hasMessageContaining("not a secret reference").hasMessageNotContaining(TOKEN);
    }

    @Test
    void aTokenWithoutAUrlIsRefused() {
        assertThatThrownBy(() -> new DependencySettings(null, "env:X", null, null, RemotePolicy.defaults()))
                .hasMessage("--orchestrator-token needs --orchestrator-url");
    }

    private Dependencies open(DependencySettings settings, SecretRegistry secrets, Map<String, String> env) {
        return Dependencies.open(settings, dataDir, secrets, "test", env::get);
    }
}
