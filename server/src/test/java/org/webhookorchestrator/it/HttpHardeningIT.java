package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import org.webhookorchestrator.host.transport.JsonLimits;
import org.webhookorchestrator.host.transport.http.HttpLimits;
import org.webhookorchestrator.testing.RawHttp;

/** What the Streamable HTTP endpoint refuses before the SDK sees it, and how every refusal reads. */
@Timeout(60)
class HttpHardeningIT {

    static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";

    @TempDir
    static Path dir;

    static Assembly assembly;
    static HttpEndpoint endpoint;
    static RawHttp http;

    @BeforeAll
    static void start() throws Exception {
        assembly = Assembly.open(dir.resolve("data"));
        endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0)
                .withLimits(new HttpLimits(64 * 1024, new JsonLimits(16, 1024), 64, 8)));
        http = new RawHttp(endpoint.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
        assembly.close();
    }

    @Test
    void anUnknownSessionGetsAJsonRpcEnvelopeInsteadOfTheSdkStackTrace() throws Exception {
        HttpResponse<String> response = http.post(PING, "Mcp-Session-Id", "no-such-session");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\"Session not found\"}}");
    }

    @Test
    void aForeignOriginIsForbidden() throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE, "Origin", "http://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":-32000").contains("Forbidden");
    }

    @Test
    void aLoopbackOriginIsAllowed() throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE, "Origin", "http://127.0.0.1:" + endpoint.port());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnsupportedProtocolVersionHeaderIsABadRequest() throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE, "MCP-Protocol-Version", "1999-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unsupported MCP-Protocol-Version");
    }

    @Test
    void aSupportedProtocolVersionHeaderIsAccepted() throws Exception {
        HttpResponse<String> response = http.post(RawHttp.INITIALIZE, "MCP-Protocol-Version", "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(70_000) + "\"}}";

        HttpResponse<String> response = http.post(big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Request too large");
    }

    @Test
    void jsonNestedBeyondTheLimitIsAnInvalidRequest() throws Exception {
        String deep = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"a\":" + "[".repeat(40)
                + "]".repeat(40) + "}}";

        HttpResponse<String> response = http.post(deep);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").contains("nesting or length limits");
    }

    @Test
    void aStringBeyondTheLimitIsAnInvalidRequest() throws Exception {
        String longString = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"a\":\"" + "y".repeat(2000)
                + "\"}}";

        HttpResponse<String> response = http.post(longString);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600");
    }

    @Test
    void mistypedParamsAreInvalidParamsEchoingTheIdAndNamingNoSdkClass() throws Exception {
        String call = "{\"jsonrpc\":\"2.0\",\"id\":\"call-9\",\"method\":\"tools/call\",\"params\":{\"name\":{}}}";

        HttpResponse<String> response = http.post(call);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"call-9\",\"error\":{\"code\":-32602,"
                + "\"message\":\"Invalid params: params do not match tools/call\"}}");
    }

    @Test
    void aPathOtherThanTheEndpointIsNotFoundWithoutJettyDetails() throws Exception {
        HttpResponse<String> response = http.get(endpoint.uri().resolve("/etc/passwd"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":\"Not found\"}}");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithoutAuthentication() {
        assertThatThrownBy(() -> HttpEndpoint.start(assembly.host(), new HttpEndpoint.Options("0.0.0.0", 0,
                java.util.List.of(), java.util.List.of(), HttpLimits.DEFAULT,
                org.webhookorchestrator.host.auth.HttpAuthentication.none())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs authentication");
    }
}
