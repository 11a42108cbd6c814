package org.webhookorchestrator.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.transport.HttpEndpoint;

/** The contract over Streamable HTTP, against embedded Jetty on a free loopback port. */
class HttpTransportIT extends McpContractTest {

    private Assembly assembly;
    private HttpEndpoint endpoint;

    @Override
    McpSyncClient connect(Path dataDir) throws Exception {
        assembly = Assembly.open(dataDir);
        endpoint = HttpEndpoint.start(assembly.host(), HttpEndpoint.Options.loopback(0));
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + endpoint.port())
                .endpoint(HttpEndpoint.PATH)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("http-it", "1").build())
                .requestTimeout(Duration.ofSeconds(120))
                .progressConsumer(progress::add)
                .build();
    }

    @Override
    void stopServer() throws Exception {
        if (endpoint != null) {
            endpoint.close();
        }
        if (assembly != null) {
            assembly.close();
        }
    }
}
