package org.webhookorchestrator.cli;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.webhookorchestrator.host.auth.HttpAuthentication;
import org.webhookorchestrator.host.auth.OAuthResourceServer;
import org.webhookorchestrator.host.auth.StaticBearerTokens;
import org.webhookorchestrator.host.transport.JsonLimits;
import org.webhookorchestrator.host.transport.http.HttpLimits;
import picocli.CommandLine.Option;

/** The {@code serve} options that decide who may call and how much: authentication, allow-lists and limits. */
final class TransportSecurityOptions {

    @Option(names = "--auth-tokens", paramLabel = "file:PATH|env:NAME",
            description = "Static bearer tokens, one per line (file) or comma-separated (env), each 'name:token' or "
                    + "a bare token of at least 16 characters. Required, or OAuth, to bind a non-loopback address.")
    String authTokens;

    @Option(names = "--oauth-issuer", paramLabel = "URL",
            description = "Act as an OAuth 2.1 resource server for access tokens (JWT) from this issuer (exact 'iss').")
    URI oauthIssuer;

    @Option(names = "--oauth-jwks", paramLabel = "file:PATH|https URL",
            description = "The issuer's JSON Web Key Set, to verify token signatures.")
    String oauthJwks;

    @Option(names = "--oauth-audience", paramLabel = "URI",
            description = "This server's resource URI: tokens must name it in 'aud'; advertised in the RFC 9728 "
                    + "metadata at /.well-known/oauth-protected-resource/mcp.")
    URI oauthAudience;

    @Option(names = "--allowed-origin", paramLabel = "ORIGIN",
            description = "Another Origin browsers may call from, e.g. https://app.example.com:* (repeatable).")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--allowed-host", paramLabel = "HOST[:PORT]",
            description = "Another Host header to accept, e.g. mcp.example.com:* (repeatable).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-request-bytes", defaultValue = "1048576",
            description = "Largest HTTP request body, else 413 (default: ${DEFAULT-VALUE}).")
    int maxRequestBytes;

    @Option(names = "--max-json-depth", defaultValue = "64",
            description = "Deepest JSON nesting of a message, stdio and HTTP (default: ${DEFAULT-VALUE}).")
    int maxJsonDepth;

    @Option(names = "--max-string-chars", defaultValue = "65536",
            description = "Longest JSON string of a message, stdio and HTTP (default: ${DEFAULT-VALUE}).")
    int maxStringChars;

    @Option(names = "--max-in-flight", defaultValue = "64",
            description = "HTTP requests in flight at once, else 429 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Option(names = "--max-in-flight-per-session", defaultValue = "8",
            description = "HTTP requests in flight at once in one session (default: ${DEFAULT-VALUE}).")
    int maxInFlightPerSession;

    JsonLimits jsonLimits() {
        return new JsonLimits(maxJsonDepth, maxStringChars);
    }

    HttpLimits httpLimits() {
        return new HttpLimits(maxRequestBytes, jsonLimits(), maxInFlight, maxInFlightPerSession);
    }

    HttpAuthentication authentication(Map<String, String> environment, Clock clock) {
        StaticBearerTokens tokens = authTokens == null ? null : StaticBearerTokens.load(authTokens, environment);
        int oauthParts = (oauthIssuer == null ? 0 : 1) + (oauthJwks == null ? 0 : 1) + (oauthAudience == null ? 0 : 1);
        if (oauthParts != 0 && oauthParts != 3) {
            throw new IllegalArgumentException("OAuth needs all of --oauth-issuer, --oauth-jwks and --oauth-audience");
        }
        OAuthResourceServer oauth = oauthParts == 3
                ? new OAuthResourceServer(oauthIssuer, oauthJwks, oauthAudience)
                : null;
        return HttpAuthentication.of(tokens, oauth, clock);
    }
}
