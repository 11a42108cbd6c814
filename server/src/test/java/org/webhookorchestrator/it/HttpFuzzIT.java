package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import org.webhookorchestrator.testing.JsonRpcArbitraries;
import org.webhookorchestrator.testing.RawHttp;

/**
 * Generated bodies and headers over Streamable HTTP: every answer is a status we send on purpose, with an empty body,
 * a JSON-RPC message or an SSE stream of them, never a trace of the server's insides; and the session survives.
 */
class HttpFuzzIT {

    static final int TRIES = 5000;
    static final Set<Integer> CLEAN_STATUSES = Set.of(200, 202, 400, 403, 404, 405, 406, 413, 415, 429);

    private static Assembly assembly;
    private static HttpEndpoint endpoint;
    private static RawHttp http;
    private static String session;

    @BeforeContainer
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("http-fuzz");
        assembly = Assembly.open(dir);
        endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0));
        http = new RawHttp(endpoint.uri());
        session = http.post(RawHttp.INITIALIZE).headers().firstValue("Mcp-Session-Id").orElseThrow();
        http.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", "Mcp-Session-Id", session);
    }

    /** After all the fuzzing, the session opened at the start still answers. */
    @AfterContainer
    static void stop() throws Exception {
        HttpResponse<String> pong = http.post("{\"jsonrpc\":\"2.0\",\"id\":\"alive\",\"method\":\"ping\"}",
                "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18");
        assertThat(pong.statusCode()).isEqualTo(200);
        assertThat(pong.body()).contains("\"id\":\"alive\"");
        endpoint.close();
        assembly.close();
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return JsonRpcArbitraries.lines();
    }

    @Provide
    Arbitrary<String> sessions() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("<ours>")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("<none>")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)));
    }

    @Provide
    Arbitrary<String> versions() {
        return Arbitraries.of("<none>", "2025-06-18", "2025-11-25", "2025-03-26", "2024-11-05", "garbage", "");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json", "application/json; charset=utf-8",
                "text/plain", "application/x-www-form-urlencoded");
    }

    @Property(tries = TRIES)
    void everyAnswerIsACleanStatusWithAJsonRpcBody(@ForAll("bodies") byte[] body, @ForAll("sessions") String sessionId,
            @ForAll("versions") String version, @ForAll("contentTypes") String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.uri()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String id = switch (sessionId) {
            case "<ours>" -> session;
            case "<none>" -> null;
            default -> sessionId;
        };
        if (id != null) {
            request.header("Mcp-Session-Id", id);
        }
        if (!version.equals("<none>")) {
            request.header("MCP-Protocol-Version", version);
        }

        HttpResponse<String> response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isIn(CLEAN_STATUSES);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.body().isEmpty()) {
            return;
        }
        if (type.startsWith("text/event-stream")) {
            for (String line : response.body().split("\n")) {
                if (line.startsWith("data:")) {
                    StdioFuzzIT.assertCleanJsonRpc(line.substring("data:".length()).strip());
                }
            }
        } else {
            assertThat(type).as(response.body()).startsWith("application/json");
            StdioFuzzIT.assertCleanJsonRpc(response.body());
        }
    }
}
