package org.webhookorchestrator.host.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the Streamable HTTP endpoint authenticates callers: not at all (loopback only), with static bearer tokens,
 * as an OAuth resource server, or with both. It verifies a presented token and words the {@code WWW-Authenticate}
 * challenge of a refusal (RFC 6750 section 3, with RFC 9728's {@code resource_metadata} when OAuth is on).
 */
public final class HttpAuthentication {

    static final String REALM = "webhook-orchestrator";

    private final StaticBearerTokens staticTokens;
    private final OAuthResourceServer oauth;
    private final JwtAccessTokens jwt;

    private HttpAuthentication(StaticBearerTokens staticTokens, OAuthResourceServer oauth, JwtAccessTokens jwt) {
        this.staticTokens = staticTokens;
        this.oauth = oauth;
        this.jwt = jwt;
    }

    public static HttpAuthentication none() {
        return new HttpAuthentication(null, null, null);
    }

    /** Either argument may be null; both null is {@link #none()}. */
    public static HttpAuthentication of(StaticBearerTokens staticTokens, OAuthResourceServer oauth, Clock clock) {
        return new HttpAuthentication(staticTokens, oauth, oauth == null ? null : new JwtAccessTokens(oauth, clock));
    }

    public boolean required() {
        return staticTokens != null || oauth != null;
    }

    public Optional<OAuthResourceServer> oauth() {
        return Optional.ofNullable(oauth);
    }

    /** A JWT goes to the OAuth verifier when there is one; anything else to the static tokens. */
    public Caller verify(String token) throws TokenRejectedException {
        if (jwt != null && JwtAccessTokens.looksLikeJwt(token)) {
            return jwt.verify(token);
        }
        if (staticTokens != null) {
            return staticTokens.verify(token);
        }
        throw new TokenRejectedException(RejectionReason.MALFORMED);
    }

    /**
     * The challenge of a 401 or 400: without an error when no credentials came (RFC 6750 says the client then gets
     * only the scheme and where to learn more), with {@code error} and {@code error_description} otherwise.
     */
    public String challenge(String error, String description) {
        List<String> params = new ArrayList<>();
        params.add("realm=\"" + REALM + "\"");
        oauth().ifPresent(o -> params.add("resource_metadata=\"" + o.metadataUri() + "\""));
        if (error != null) {
            params.add("error=\"" + error + "\"");
            params.add("error_description=\"" + description.replace("\"", "'") + "\"");
        }
        return "Bearer " + String.join(", ", params);
    }

    /** One line for the start-up log: what is on, never a token or key. */
    public String describe() {
        if (!required()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (staticTokens != null) {
            parts.add(staticTokens.size() + " static bearer token(s)");
        }
        if (oauth != null) {
            String keys = oauth.jwks().startsWith("file:") ? oauth.jwks() : "JWKS " + oauth.jwks();
            parts.add("OAuth resource " + oauth.resource() + " (issuer " + oauth.issuer() + ", keys " + keys + ")");
        }
        return String.join(" + ", parts);
    }
}
