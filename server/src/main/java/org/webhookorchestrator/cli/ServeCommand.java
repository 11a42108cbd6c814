package org.webhookorchestrator.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import org.webhookorchestrator.host.transport.StdioEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: stdio by default (desktop clients), Streamable HTTP with {@code --http}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the skill over MCP: stdio by default, Streamable HTTP with --http.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--http", description = "Serve Streamable HTTP at /mcp instead of stdio.")
    boolean http;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "HTTP bind address (default: ${DEFAULT-VALUE}); a non-loopback one needs authentication.")
    String bind;

    @Mixin
    TransportSecurityOptions security = new TransportSecurityOptions();

    @Option(names = "--data-dir", description = "Where the audit log lives (default: the per-user data folder, or $"
            + DataDirectory.ENV + ").")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        // Checked before the data directory is touched: a bad option must fail alone.
        HttpAuthentication authentication = http
                ? security.authentication(System.getenv(), Clock.systemUTC())
                : HttpAuthentication.none();
        Assembly assembly = Assembly.open(DataDirectory.resolve(dataDir));
        LOG.info("webhook-orchestrator {} starting: transport={}, data dir={}", Version.current(),
                http ? "http " + bind + ":" + port : "stdio", assembly.dataDir());
        if (http) {
            HttpEndpoint endpoint;
            try {
                endpoint = HttpEndpoint.start(assembly.host(), new HttpEndpoint.Options(bind, port,
                        security.allowedOrigins, security.allowedHosts, security.httpLimits(), authentication));
            } catch (Exception e) {
                assembly.close();
                throw e;
            }
            // SIGTERM and Ctrl-C end an HTTP server: let its calls answer and the audit log write its checkpoint.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(endpoint, assembly), "shutdown"));
            // Printed on stderr so that a script starting us with --port 0 can find where we listen.
            System.err.println("listening on " + endpoint.uri());
            endpoint.join();
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(assembly::close, "shutdown"));
            LOG.info("stdio security: JSON depth <= {}, strings <= {} chars; no authentication (the client started us)",
                    security.maxJsonDepth, security.maxStringChars);
            StdioEndpoint.serveUntilEof(assembly.host(), System.in, Main.STDOUT, security.jsonLimits());
            assembly.close();
        }
        return 0;
    }

    private static void closeQuietly(HttpEndpoint endpoint, Assembly assembly) {
        try {
            endpoint.close();
        } catch (Exception e) {
            LOG.warn("HTTP endpoint did not stop cleanly: {}", e.toString());
        } finally {
            assembly.close();
        }
    }
}
