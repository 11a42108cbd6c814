package org.webhookorchestrator.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.webhookorchestrator.audit.SecretRegistry;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Orchestrator;
import org.webhookorchestrator.core.Quality;
import org.webhookorchestrator.core.orchestrator.EmbeddedOrchestrator;
import org.webhookorchestrator.core.quality.EmbeddedQuality;
import org.webhookorchestrator.core.remote.BearerToken;
import org.webhookorchestrator.core.remote.RemoteEndpoint;
import org.webhookorchestrator.core.remote.RemoteOrchestrator;
import org.webhookorchestrator.core.remote.RemoteQuality;
import org.webhookorchestrator.core.remote.RemoteSkill;
import org.webhookorchestrator.host.tool.SchemaFactory;

/**
 * The dependency skills this server consults, chosen per dependency from the settings: the embedded implementation
 * unless a URL is given. A token reference is resolved here, once, and registered as a secret, so that its value is
 * withheld from every log line, audit entry and tool result from then on.
 */
public final class Dependencies implements AutoCloseable {

    private final Orchestrator orchestrator;
    private final Quality quality;
    private final List<AutoCloseable> remotes;

    private Dependencies(Orchestrator orchestrator, Quality quality, List<AutoCloseable> remotes) {
        this.orchestrator = orchestrator;
        this.quality = quality;
        this.remotes = List.copyOf(remotes);
    }

    public static Dependencies open(DependencySettings settings, Path dataDir, SecretRegistry secrets, String version,
                                    UnaryOperator<String> environment) {
        List<AutoCloseable> remotes = new ArrayList<>();
        Function<Class<?>, Map<String, Object>> schemas = contractSchemas();
        Orchestrator orchestrator;
        if (settings.orchestratorUrl() == null) {
            orchestrator = new EmbeddedOrchestrator(dataDir, version, secrets::secretIn);
        } else {
            RemoteEndpoint endpoint = new RemoteEndpoint(settings.orchestratorUrl(),
                    token("orchestrator-token", settings.orchestratorToken(), secrets, environment));
            RemoteOrchestrator remote = new RemoteOrchestrator(new RemoteSkill(DependencyInfo.ORCHESTRATOR, endpoint,
                    settings.policy(), version, schemas));
            remotes.add(remote);
            orchestrator = remote;
        }
        Quality quality;
        if (settings.qualityUrl() == null) {
            quality = new EmbeddedQuality(version);
        } else {
            RemoteEndpoint endpoint = new RemoteEndpoint(settings.qualityUrl(),
                    token("quality-token", settings.qualityToken(), secrets, environment));
            RemoteQuality remote = new RemoteQuality(new RemoteSkill(DependencyInfo.QUALITY, endpoint,
                    settings.policy(), version, schemas));
            remotes.add(remote);
            quality = remote;
        }
        return new Dependencies(orchestrator, quality, remotes);
    }

    private static BearerToken token(String label, String reference, SecretRegistry secrets,
                                     UnaryOperator<String> environment) {
        if (reference == null) {
            return null;
        }
        String value = SecretReference.resolve(reference, environment);
        secrets.register(label + " (" + reference + ")", value);
        return new BearerToken(reference, value);
    }

    /** The same output schemas the host declares for the core tools, which a remote's answers are checked against. */
    private static Function<Class<?>, Map<String, Object>> contractSchemas() {
        SchemaFactory factory = new SchemaFactory();
        Map<Class<?>, Map<String, Object>> cache = new ConcurrentHashMap<>();
        return type -> cache.computeIfAbsent(type, t -> SchemaFactory.asMap(factory.outputSchema(t)));
    }

    public Orchestrator orchestrator() {
        return orchestrator;
    }

    public Quality quality() {
        return quality;
    }

    /** For the start-up log line: which binding each dependency has; no token, only its reference. */
    public String describe() {
        return describe(orchestrator.info()) + ", " + describe(quality.info());
    }

    private static String describe(DependencyInfo info) {
        return info.name() + "=" + info.binding() + (info.url() == null ? "" : " " + info.url());
    }

    @Override
    public void close() {
        for (AutoCloseable remote : remotes) {
            try {
                remote.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Dependencies.class).warn("closing a remote dependency: {}",
                        e.toString());
            }
        }
    }
}
