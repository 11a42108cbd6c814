package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.auth.OAuthResourceServer;
import org.webhookorchestrator.host.auth.StaticBearerTokens;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import org.webhookorchestrator.testing.RawHttp;
import org.webhookorchestrator.testing.TestIssuer;

/**
 * Authentication on Streamable HTTP: static tokens and OAuth access tokens from a test issuer whose JWKS is a file.
 * The resource URI is a name only (.invalid); every request goes to the loopback port.
 */
@Timeout(60)
class HttpAuthIT {

    static final String RESOURCE = "https://mcp.test.invalid/mcp";
    static final String METADATA = "https://mcp.test.invalid/.well-known/oauth-protected-resource/mcp";
    static final String STATIC_TOKEN = "ci-robot-token-0123456789abcdef";

    @TempDir
    static Path dir;

    static TestIssuer issuer;
    static Assembly assembly;
    static HttpEndpoint endpoint;
    static RawHttp http;

    @BeforeAll
    static void start() throws Exception {
        issuer = new TestIssuer();
        String jwks = issuer.writeJwks(dir.resolve("jwks.json"));
        Path tokens = Files.writeString(dir.resolve("tokens"), "ci-robot:" + STATIC_TOKEN + "\n");
        HttpAuthentication auth = HttpAuthentication.of(
                StaticBearerTokens.load("file:" + tokens, java.util.Map.of()),
                new OAuthResourceServer(URI.create(TestIssuer.ISSUER), jwks, URI.create(RESOURCE)),
                Clock.systemUTC());
        assembly = Assembly.open(dir.resolve("data"));
        endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0).withAuthentication(auth));
        http = new RawHttp(endpoint.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
        assembly.close();
    }

    @Test
    void aRequestWithoutATokenIsChallengedWithTheMetadataUrlAndNoError() throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer realm=\"webhook-orchestrator\", resource_metadata=\"" + METADATA + "\"");
        assertThat(response.body()).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":\"Unauthorized\"}}");
    }

    static Stream<Arguments> refusedTokens() {
        TestIssuer i = issuer;
        return Stream.of(
                Arguments.of("malformed", "not-a-jwt.at-all", "the token is not one this server accepts"),
                Arguments.of("garbled JWT", "abc.def.ghi", "not a well-formed access token"),
                Arguments.of("expired", i.expiredToken("alice", RESOURCE), "the token has expired"),
                Arguments.of("not yet valid", i.notYetValidToken("alice", RESOURCE), "the token is not valid yet"),
                Arguments.of("wrong audience", i.token("alice", "https://other.test.invalid/mcp"),
                        "not issued for this resource"),
                Arguments.of("wrong issuer", i.tokenFromOtherIssuer("alice", RESOURCE),
                        "not issued by the trusted authorization server"),
                Arguments.of("wrong signature", i.tokenSignedByStranger("alice", RESOURCE),
                        "signature does not verify"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aBadTokenIsRefusedWith401AndAnInvalidTokenChallenge(String kind, String token, String description)
            throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE, "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).as(kind).isEqualTo(401);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer realm=\"webhook-orchestrator\", resource_metadata=\"" + METADATA + "\"")
                .contains("error=\"invalid_token\"").contains(description);
        assertThat(response.body()).doesNotContain(token).doesNotContain("Exception");
    }

    @Test
    void aTokenInTheQueryStringIsRefusedAsAnInvalidRequest() throws Exception {
        var uri = URI.create(endpoint.uri() + "?access_token=" + STATIC_TOKEN);
        HttpResponse<String> response = new RawHttp(uri).post(RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_request\"");
    }

    @Test
    void aValidAccessTokenWorksWithTheSdkClient() {
        try (McpSyncClient client = client(issuer.token("alice", RESOURCE))) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("webhook_providers");
        }
    }

    @Test
    void aStaticTokenWorksWithTheSdkClient() {
        try (McpSyncClient client = client(STATIC_TOKEN)) {
            client.initialize();
            assertThat(client.ping()).isNotNull();
        }
    }

    @Test
    void aSessionOpenedByOnePrincipalIsNotFoundForAnother() throws Exception {
        HttpResponse<String> opened = http.post(RawHttp.INITIALIZE,
                "Authorization", "Bearer " + issuer.token("alice", RESOURCE));
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";

        HttpResponse<String> asBob = http.post(ping, "Mcp-Session-Id", session,
                "Authorization", "Bearer " + issuer.token("bob", RESOURCE));
        HttpResponse<String> asAlice = http.post(ping, "Mcp-Session-Id", session,
                "Authorization", "Bearer " + issuer.token("alice", RESOURCE));

        assertThat(asBob.statusCode()).isEqualTo(404);
        assertThat(asBob.body()).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\"Session not found\"}}");
        assertThat(asAlice.statusCode()).isEqualTo(200);
    }

    @Test
    void theProtectedResourceMetadataNamesTheResourceAndItsIssuerAtBothWellKnownPaths() throws Exception {
        URI base = URI.create("http://127.0.0.1:" + endpoint.port());
        for (String path : new String[] {OAuthResourceServer.METADATA_PATH, OAuthResourceServer.METADATA_PATH + "/mcp"}) {
            HttpResponse<String> response = http.get(base.resolve(path));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode metadata = new ObjectMapper().readTree(response.body());
            assertThat(metadata.path("resource").asText()).isEqualTo(RESOURCE);
            assertThat(metadata.path("authorization_servers").get(0).asText()).isEqualTo(TestIssuer.ISSUER);
            assertThat(metadata.path("bearer_methods_supported").get(0).asText()).isEqualTo("header");
        }
    }

    private static McpSyncClient client(String token) {
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + endpoint.port())
                .endpoint(HttpEndpoint.PATH)
                .connectTimeout(Duration.ofSeconds(5))
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("auth-it", "1").build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
    }
}
