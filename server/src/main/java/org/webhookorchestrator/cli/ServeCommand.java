package org.webhookorchestrator.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.app.DependencySettings;
import org.webhookorchestrator.app.SkillSet;
import org.webhookorchestrator.core.remote.RemotePolicy;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.transport.HttpEndpoint;
import org.webhookorchestrator.host.transport.StdioEndpoint;
import org.webhookorchestrator.webhook.validation.StagingPolicy;
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

    @Option(names = "--skills", defaultValue = "webhook", description = "Skills to host: webhook (the default), "
            + "core (core.orchestrator and core.quality as MCP tools, to be another server's remote) or all.")
    SkillSet skills;

    @Option(names = "--orchestrator-url", description = "MCP endpoint of a remote core.orchestrator, e.g. "
            + "http://127.0.0.1:8081/mcp (default: the embedded one).")
    URI orchestratorUrl;

    @Option(names = "--orchestrator-token", description = "Bearer token for the remote orchestrator, as a reference: "
            + "env:NAME or file:PATH.")
    String orchestratorToken;

    @Option(names = "--quality-url", description = "MCP endpoint of a remote core.quality (default: the embedded one).")
    URI qualityUrl;

    @Option(names = "--quality-token", description = "Bearer token for the remote quality skill: env:NAME or "
            + "file:PATH.")
    String qualityToken;

    @Option(names = "--allow-target", paramLabel = "HOST", description = "Let webhook_validate's staged runs send "
            + "deliveries to this host besides loopback (repeatable). A tool call can never widen this.")
    java.util.List<String> allowedTargets = new java.util.ArrayList<>();

    @Option(names = "--allow-secret-ref", paramLabel = "PREFIX", description = "Let webhook_validate resolve secret "
            + "references starting with this prefix, e.g. env:STAGING_ or file:/run/secrets/ (repeatable; default: "
            + "none).")
    java.util.List<String> allowedSecretRefs = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        // Checked before the data directory is touched: a bad option must fail alone.
        HttpAuthentication authentication = http
                ? security.authentication(System.getenv(), Clock.systemUTC())
                : HttpAuthentication.none();
        Assembly assembly = Assembly.open(DataDirectory.resolve(dataDir), Assembly.Options.defaults()
                .withSkills(skills)
                .withDependencies(new DependencySettings(orchestratorUrl, orchestratorToken, qualityUrl, qualityToken,
                        RemotePolicy.defaults()))
                .withStaging(new StagingPolicy(java.util.Set.copyOf(allowedTargets), allowedSecretRefs)));
        LOG.info("webhook-orchestrator {} starting: transport={}, data dir={}, skills={}, dependencies: {}, staging "
                        + "targets: loopback{}, secret references allowed: {}", Version.current(),
                http ? "http " + bind + ":" + port : "stdio", assembly.dataDir(), skills,
                assembly.dependencies().describe(), allowedTargets.isEmpty() ? "" : " + " + allowedTargets,
                allowedSecretRefs.isEmpty() ? "none" : allowedSecretRefs);
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
