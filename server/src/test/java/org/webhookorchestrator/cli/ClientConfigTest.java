package org.webhookorchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    void claudeConfigurationStartsTheJarWithAbsolutePaths() {
        String json = ClientConfig.claude("webhooks", "/opt/java/bin/java", "/opt/wo/webhook-orchestrator.jar", null);

        assertThat(json).isEqualToIgnoringNewLines("""
                {
                  "mcpServers" : {
                    "webhooks" : {
                      "command" : "/opt/java/bin/java",
                      "args" : [ "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/opt/wo/webhook-orchestrator.jar", "serve" ],
                      "env" : { }
                    }
                  }
                }""");
    }

    @Test
    void codexConfigurationIsATomlTableWithALongerStartupTimeout() {
        String toml = ClientConfig.codex("webhooks", "C:\\Java\\bin\\java.exe", "/opt/wo.jar", "/data/wo");

        assertThat(toml).isEqualTo("""
                [mcp_servers.webhooks]
                command = "C:\\\\Java\\\\bin\\\\java.exe"
                args = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/opt/wo.jar", "serve", "--data-dir", "/data/wo"]
                startup_timeout_sec = 30
                tool_timeout_sec = 120
                """);
    }

    @Test
    void theDataDirectoryFollowsEachPlatformsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/webhook-orchestrator"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/webhook-orchestrator"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/webhook-orchestrator"));
        assertThat(DataDirectory.resolve(null, Map.of(DataDirectory.ENV, "/srv/wo"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/wo"));
    }
}
