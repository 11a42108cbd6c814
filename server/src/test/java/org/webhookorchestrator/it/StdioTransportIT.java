package org.webhookorchestrator.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;

/** The contract over stdio, against the built jar started as a desktop client starts it. */
class StdioTransportIT extends McpContractTest {

    @Override
    McpSyncClient connect(Path dataDir) {
        var params = ServerParameters.builder(ServerJar.java())
                .args("-jar", ServerJar.path().toString(), "serve", "--data-dir", dataDir.toString())
                .build();
        var transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()));
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("stdio-it", "1").build())
                .requestTimeout(Duration.ofSeconds(120))
                .progressConsumer(progress::add)
                .initializationTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Override
    void stopServer() {
        // Closing the client closes the server's stdin; the server exits on its own.
    }
}
