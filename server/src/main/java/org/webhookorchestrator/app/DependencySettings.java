package org.webhookorchestrator.app;

import java.net.URI;
import java.util.Objects;
import org.webhookorchestrator.core.remote.RemotePolicy;

/**
 * Where each dependency skill is: embedded (no URL, the default) or on another MCP server, with a token reference
 * ({@code env:NAME} or {@code file:PATH}) if that server wants one, and how remote calls are made.
 */
public record DependencySettings(URI orchestratorUrl, String orchestratorToken, URI qualityUrl, String qualityToken,
                                 RemotePolicy policy) {

    public DependencySettings {
        Objects.requireNonNull(policy, "policy");
        if (orchestratorToken != null && orchestratorUrl == null) {
            throw new IllegalArgumentException("--orchestrator-token needs --orchestrator-url");
        }
        if (qualityToken != null && qualityUrl == null) {
            throw new IllegalArgumentException("--quality-token needs --quality-url");
        }
    }

    public static DependencySettings embedded() {
        return new DependencySettings(null, null, null, null, RemotePolicy.defaults());
    }

    /** Both dependencies on the server at {@code url}, without tokens. */
    public static DependencySettings remote(URI url, RemotePolicy policy) {
        return new DependencySettings(url, null, url, null, policy);
    }
}
