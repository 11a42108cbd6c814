package org.webhookorchestrator.host.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OAuthResourceServerTest {

    @ParameterizedTest
    @CsvSource({
        "https://mcp.example.com/mcp, https://mcp.example.com/.well-known/oauth-protected-resource/mcp",
        "https://mcp.example.com:8443/tenant/mcp, https://mcp.example.com:8443/.well-known/oauth-protected-resource/tenant/mcp",
        "https://mcp.example.com/, https://mcp.example.com/.well-known/oauth-protected-resource",
        "https://mcp.example.com, https://mcp.example.com/.well-known/oauth-protected-resource"
    })
    void theMetadataUrlInsertsTheWellKnownPathBeforeTheResourcePath(String resource, String metadata) {
        var server = new OAuthResourceServer(URI.create("https://auth.example.com"), "file:/keys.json",
                URI.create(resource));

        assertThat(server.metadataUri()).hasToString(metadata);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://keys.example.com/jwks.json", "jwks.json", "ftp://x/y"})
    void keysComeOnlyFromAFileOrHttps(String jwks) {
        assertThatThrownBy(() -> new OAuthResourceServer(URI.create("https://auth.example.com"), jwks,
                URI.create("https://mcp.example.com/mcp")))
                .hasMessageContaining("--oauth-jwks takes file:PATH or an https URL");
    }
}
