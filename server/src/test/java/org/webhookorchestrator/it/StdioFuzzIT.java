package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.JsonLimits;
import org.webhookorchestrator.host.transport.StdioEndpoint;
import org.webhookorchestrator.testing.JsonRpcArbitraries;
import org.webhookorchestrator.testing.RawHttp;

/**
 * Generated lines over the stdio transport of one long-lived session: after each, a ping must still be answered, and
 * every line the server wrote must be a well-formed JSON-RPC message without a trace of its insides.
 */
class StdioFuzzIT {

    static final int TRIES = 6000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong PROBES = new AtomicLong();

    private static Path dir;
    private static Assembly assembly;
    private static OutputStream toServer;
    private static final BlockingQueue<String> FROM_SERVER = new LinkedBlockingQueue<>();
    private static Thread server;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("stdio-fuzz");
        assembly = Assembly.open(dir);
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        server = new Thread(() -> {
            try {
                StdioEndpoint.serveUntilEof(assembly.host(), serverIn, serverOut, JsonLimits.DEFAULT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stdio-fuzz-server");
        server.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    FROM_SERVER.add(line);
                }
            } catch (IOException ignored) {
                // the server closed its end
            }
        }, "stdio-fuzz-reader");
        reader.setDaemon(true);
        reader.start();
        send(RawHttp.INITIALIZE.getBytes(StandardCharsets.UTF_8));
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}".getBytes(StandardCharsets.UTF_8));
        probe();
    }

    @AfterContainer
    static void stop() throws Exception {
        toServer.close();
        server.join(TimeUnit.SECONDS.toMillis(40));
        assembly.close();
    }

    @Provide
    Arbitrary<byte[]> lines() {
        return JsonRpcArbitraries.lines();
    }

    @Property(tries = TRIES)
    void everyLineIsAnsweredCleanlyAndTheSessionGoesOn(@ForAll("lines") byte[] line) throws Exception {
        send(line);
        for (String reply : probe()) {
            assertCleanJsonRpc(reply);
        }
    }

    static void assertCleanJsonRpc(String reply) throws IOException {
        assertThat(reply).doesNotContain("at org.").doesNotContain("Exception").doesNotContain(ServerJar.path().toAbsolutePath().getParent().toString())
                .doesNotContain("\tat ");
        JsonNode message = JSON.readTree(reply);
        assertThat(message.isObject()).as(reply).isTrue();
        assertThat(message.path("jsonrpc").asText()).as(reply).isEqualTo("2.0");
        assertThat(message.has("result") || message.has("error") || message.has("method")).as(reply).isTrue();
        if (message.has("error")) {
            assertThat(message.path("error").path("code").isInt()).as(reply).isTrue();
            assertThat(message.path("error").path("message").isTextual()).as(reply).isTrue();
        }
    }

    private static void send(byte[] line) throws IOException {
        toServer.write(line);
        toServer.write('\n');
        toServer.flush();
    }

    /** Sends a ping and returns every line up to and including its answer; fails if none comes in 10 s. */
    private static List<String> probe() throws Exception {
        String id = "probe-" + PROBES.incrementAndGet();
        send(("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"ping\"}").getBytes(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String line = FROM_SERVER.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no answer to " + id + " within 10 s; saw " + seen);
            }
            seen.add(line);
            if (line.contains("\"id\":\"" + id + "\"")) {
                return seen;
            }
        }
    }
}
