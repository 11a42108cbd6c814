package org.webhookorchestrator.host.auth;

import java.net.URI;
import java.util.Objects;

/**
 * This server's role in the MCP authorization spec: an OAuth 2.1 resource server that accepts access tokens minted by
 * one authorization server ({@code issuer}) for one resource ({@code resource}, our public URI, the audience), signed
 * with the keys of a JWKS the operator names ({@code file:PATH} or an {@code https} URL).
 */
public record OAuthResourceServer(URI issuer, String jwks, URI resource) {

    public static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

    public OAuthResourceServer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(resource, "resource");
        if (!resource.isAbsolute() || resource.getHost() == null || resource.getFragment() != null) {
            throw new IllegalArgumentException("--oauth-audience must be an absolute URI without a fragment, such as "
                    + "https://mcp.example.com/mcp, not " + resource);
        }
        if (!issuer.isAbsolute()) {
            throw new IllegalArgumentException("--oauth-issuer must be an absolute URL, not " + issuer);
        }
        if (!jwks.startsWith("file:") && !jwks.startsWith("https:")) {
            throw new IllegalArgumentException("--oauth-jwks takes file:PATH or an https URL, not " + jwks);
        }
    }

    /**
     * Where clients find our protected resource metadata (RFC 9728 section 3.1): the well-known path inserted between
     * the resource's authority and its path, so {@code https://h/mcp} has {@code https://h/.well-known/...-resource/mcp}.
     */
    public URI metadataUri() {
        String path = resource.getRawPath() == null || resource.getRawPath().equals("/") ? "" : resource.getRawPath();
        return URI.create(resource.getScheme() + "://" + resource.getRawAuthority() + METADATA_PATH + path);
    }
}
