package org.webhookorchestrator.core.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stand-in for a remote core server on 127.0.0.1: it speaks just enough MCP over Streamable HTTP (initialize, the
 * initialized notification, tools/call) to reach the call, then answers the call as its mode says: well, slowly, with
 * a 5xx, with broken JSON, or with JSON that violates the contract.
 */
final class FakeRemote implements AutoCloseable {

    enum Mode { HEALTHY, SLOW, SERVER_ERROR, MALFORMED, SCHEMA_VIOLATING }

    /** How long a slow answer takes: far past any call timeout a test sets, and still bounded. */
    static final long SLOW_MILLIS = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger toolCalls = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile Mode mode;
    private volatile Supplier<Map<String, Object>> healthyAnswer = Map::of;

    private FakeRemote(Mode mode) throws IOException {
        this.mode = mode;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/mcp", this::handle);
        server.start();
    }

    static FakeRemote start(Mode mode) throws IOException {
        return new FakeRemote(mode);
    }

    /** An endpoint on which nothing listens: a port that was free a moment ago and is closed again. */
    static URI down() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/mcp");
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    void mode(Mode next) {
        this.mode = next;
    }

    void answerWith(Supplier<Map<String, Object>> answer) {
        this.healthyAnswer = answer;
    }

    int toolCalls() {
        return toolCalls.get();
    }

    List<String> authorizations() {
        return authorizations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders("DELETE".equals(exchange.getRequestMethod()) ? 200 : 405, -1);
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String method = request.path("method").asText();
            JsonNode id = request.get("id");
            if (method.startsWith("notifications/")) {
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            switch (method) {
                case "initialize" -> {
                    exchange.getResponseHeaders().add("Mcp-Session-Id", "fake-session");
                    reply(exchange, id, Map.of("protocolVersion", request.path("params").path("protocolVersion")
                                    .asText("2025-06-18"), "capabilities", Map.of("tools", Map.of()),
                            "serverInfo", Map.of("name", "fake-core", "version", "9.9.9")));
                }
                case "tools/call" -> call(exchange, id);
                default -> reply(exchange, id, Map.of());
            }
        }
    }

    private void call(HttpExchange exchange, JsonNode id) throws IOException {
        toolCalls.incrementAndGet();
        switch (mode) {
            case HEALTHY -> reply(exchange, id, result(healthyAnswer.get()));
            case SLOW -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply(exchange, id, result(healthyAnswer.get()));
            }
            case SERVER_ERROR -> send(exchange, 503, "text/plain", "upstream unavailable");
            case MALFORMED -> send(exchange, 200, "application/json",
                    "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"structuredContent\":");
            case SCHEMA_VIOLATING -> reply(exchange, id, result(Map.of(
                    "report", Map.of("contract", "quality-report.v1", "passed", "yes"),
                    "answeredBy", Map.of("name", "core.quality", "binding", "embedded", "version", "9.9.9"))));
        }
    }

    private static Map<String, Object> result(Map<String, Object> structured) {
        return Map.of("content", List.of(Map.of("type", "text", "text", "answer")),
                "structuredContent", structured, "isError", false);
    }

    private static void reply(HttpExchange exchange, JsonNode id, Object result) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("jsonrpc", "2.0");
        body.set("id", id);
        body.set("result", JSON.valueToTree(result));
        send(exchange, 200, "application/json", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
