package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.testing.Fixtures;

/** The jar over raw stdio, as a desktop client sees it: nothing but JSON-RPC on stdout, a prompt exit at EOF. */
class StdioProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    @Timeout(60)
    void stdoutCarriesOnlyJsonRpcEvenWhenCallsFailAndTheServerLogs() throws Exception {
        Process server = start();
        List<String> lines = new ArrayList<>();
        Thread reader = readLines(server, lines);
        try (OutputStream in = server.getOutputStream()) {
            send(in, Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params", Map.of(
                    "protocolVersion", "2025-06-18", "capabilities", Map.of(),
                    "clientInfo", Map.of("name", "raw", "version", "1"))));
            send(in, Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
            send(in, Map.of("jsonrpc", "2.0", "id", 2, "method", "logging/setLevel", "params", Map.of("level", "debug")));
            send(in, Map.of("jsonrpc", "2.0", "id", 3, "method", "tools/call", "params", Map.of(
                    "name", "webhook_inventory", "arguments", Map.of("project", "Bad Name"))));
            send(in, Map.of("jsonrpc", "2.0", "id", 4, "method", "tools/call", "params", Map.of(
                    "name", "no_such_tool", "arguments", Map.of())));
            send(in, Map.of("jsonrpc", "2.0", "id", 5, "method", "tools/call", "params", Map.of(
                    "name", "webhook_inventory", "arguments", Fixtures.brief("custom-provider"))));
            send(in, Map.of("jsonrpc", "2.0", "id", 6, "method", "ping"));
            awaitResponse(lines, 6);
        }
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("exits within 10 s of stdin EOF").isTrue();
        reader.join(5000);

        assertThat(server.exitValue()).isZero();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            JsonNode message = JSON.readTree(line);
            assertThat(message.path("jsonrpc").asText()).as(line).isEqualTo("2.0");
            assertThat(message.has("result") || message.has("error") || message.has("method")).as(line).isTrue();
        });
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":3").contains("\"isError\":true"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":5").contains("\"isError\":false"));
    }

    @Test
    @Timeout(60)
    void badLinesAreAnsweredWithJsonRpcErrorsAndTheSessionGoesOn() throws Exception {
        Process server = start();
        List<String> lines = new ArrayList<>();
        Thread reader = readLines(server, lines);
        try (OutputStream in = server.getOutputStream()) {
            send(in, Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params", Map.of(
                    "protocolVersion", "2025-06-18", "capabilities", Map.of(),
                    "clientInfo", Map.of("name", "raw", "version", "1"))));
            awaitResponse(lines, 1);
            // The SDK holds requests other than initialize until the client says it is initialized.
            send(in, Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
            in.write("{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \n".getBytes(StandardCharsets.UTF_8));
            byte[] binary = new byte[4096];
            new java.util.Random(7).nextBytes(binary);
            for (int i = 0; i < binary.length; i++) {
                binary[i] = binary[i] == '\n' ? 0 : binary[i];
            }
            in.write(binary);
            in.write('\n');
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"pad\":\""
                    + "x".repeat(5 * 1024 * 1024) + "\"}}\n").getBytes(StandardCharsets.UTF_8));
            in.write("[1,2,3]\n\n".getBytes(StandardCharsets.UTF_8));
            send(in, Map.of("jsonrpc", "2.0", "id", 4, "method", "no/such/method"));
            send(in, Map.of("jsonrpc", "2.0", "id", 5, "method", "ping"));
            in.flush();
            awaitResponse(lines, 5);
        }
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);

        List<JsonNode> errors = new ArrayList<>();
        for (String line : lines) {
            JsonNode message = JSON.readTree(line);
            if (message.has("error")) {
                errors.add(message);
            }
        }
        assertThat(errors).extracting(e -> e.path("error").path("code").asInt())
                .containsExactly(-32700, -32700, -32600, -32600, -32601);
        assertThat(errors.subList(0, 4)).allSatisfy(e -> assertThat(e.get("id").isNull()).isTrue());
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("Exception").doesNotContain("at org."));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}"));
    }

    @Test
    @Timeout(60)
    void theServerExitsPromptlyWhenTheClientClosesStdinBeforeSayingAnything() throws Exception {
        Process server = start();
        server.getOutputStream().close();

        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    private Process start() throws Exception {
        Path stderr = Files.createTempFile(dataDir, "stderr", ".log");
        return new ProcessBuilder(ServerJar.java(), "-jar", ServerJar.path().toString(), "serve",
                "--data-dir", dataDir.resolve("data").toString())
                .redirectError(stderr.toFile())
                .start();
    }

    private static Thread readLines(Process server, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }

    private static void awaitResponse(List<String> lines, int id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        synchronized (lines) {
            while (lines.stream().noneMatch(l -> l.contains("\"id\":" + id + ","))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no response to request " + id + " in " + lines);
                }
                lines.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    private static void send(OutputStream in, Object message) throws Exception {
        in.write((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
