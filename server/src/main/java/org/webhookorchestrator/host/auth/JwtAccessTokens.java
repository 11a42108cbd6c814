package org.webhookorchestrator.host.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Set;

/**
 * JWT access tokens of an {@link OAuthResourceServer}: the signature verified against the issuer's JWKS with an
 * asymmetric algorithm (never {@code none}, never a shared-secret HMAC), then the claims by {@link AccessTokenClaims}.
 * The caller is the token's issuer and subject.
 */
public final class JwtAccessTokens implements AccessTokenVerifier {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtAccessTokens(OAuthResourceServer server, Clock clock) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(server.jwks())));
        processor.setJWTClaimsSetVerifier(new AccessTokenClaims(server.issuer().toString(),
                server.resource().toString(), clock));
    }

    private static JWKSource<SecurityContext> keys(String jwks) {
        if (jwks.startsWith("file:")) {
            File file = new File(jwks.substring("file:".length()));
            try {
                return new ImmutableJWKSet<>(JWKSet.load(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the JWKS file " + file, e);
            } catch (ParseException e) {
                throw new IllegalArgumentException("the JWKS file " + file + " is not a JSON Web Key Set", e);
            }
        }
        try {
            // Cached, rate-limited and refreshed on an unknown key id by the builder's defaults.
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwks).toURL()).build();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("--oauth-jwks is not a URL: " + jwks, e);
        }
    }

    /** Whether a token has the shape of a compact JWS (three dot-separated parts), so worth handing to this verifier. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    public Caller verify(String token) throws TokenRejectedException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ClaimRejectedException e) {
            throw new TokenRejectedException(e.reason(), e);
        } catch (ParseException e) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, e);
        } catch (KeySourceException e) {
            throw new TokenRejectedException(RejectionReason.KEYS_UNAVAILABLE, e);
        } catch (BadJOSEException e) {
            boolean signature = e.getMessage() != null && e.getMessage().startsWith("Signed JWT rejected");
            throw new TokenRejectedException(signature ? RejectionReason.BAD_SIGNATURE : RejectionReason.MALFORMED, e);
        } catch (JOSEException | RuntimeException e) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, e);
        }
        return new Caller(claims.getIssuer() + "#" + claims.getSubject(), AuthenticatedBy.OAUTH_ACCESS_TOKEN);
    }
}
