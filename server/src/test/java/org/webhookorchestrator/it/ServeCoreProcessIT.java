package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --http --skills core} from the jar, as an operator starts a remote core server. */
class ServeCoreProcessIT {

    @TempDir
    Path dataDir;

    @Test
    @Timeout(60)
    void theJarServesTheCoreSkillsAsMcpToolsOverHttp() throws Exception {
        Process server = new ProcessBuilder(ServerJar.java(), "-jar", ServerJar.path().toString(), "serve", "--http",
                "--port", "0", "--skills", "core", "--data-dir", dataDir.toString()).start();
        try {
            URI uri = listeningOn(server).get(30, TimeUnit.SECONDS);
            var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + uri.getPort())
                    .endpoint(uri.getPath()).connectTimeout(Duration.ofSeconds(5)).build();
            try (McpSyncClient client = McpClient.sync(transport)
                    .clientInfo(McpSchema.Implementation.builder("serve-core-it", "1").build())
                    .requestTimeout(Duration.ofSeconds(20)).build()) {
                client.initialize();
                assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                        "orchestrator_context", "orchestrator_advance", "orchestrator_intake", "quality_evaluate");
            }
        } finally {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The URL the server prints on standard error once it listens. */
    private static CompletableFuture<URI> listeningOn(Process server) {
        CompletableFuture<URI> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("listening on ")) {
                        found.complete(URI.create(line.substring("listening on ".length()).strip()));
                    }
                }
            } catch (java.io.IOException e) {
                found.completeExceptionally(e);
            }
            found.completeExceptionally(new IllegalStateException("the server ended without listening"));
        }, "stderr-reader");
        reader.setDaemon(true);
        reader.start();
        return found;
    }
}
