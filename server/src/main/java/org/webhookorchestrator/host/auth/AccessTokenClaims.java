package org.webhookorchestrator.host.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The claims an access token for this server must carry, checked after its signature: our issuer, our resource URI
 * among its audiences (RFC 8707: a token minted for another resource is refused, never forwarded), a subject, and a
 * validity window that contains now, give or take a small clock skew. The clock is injected so that tests can
 * stand at any time.
 */
final class AccessTokenClaims implements JWTClaimsSetVerifier<SecurityContext> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String audience;
    private final Clock clock;

    AccessTokenClaims(String issuer, String audience, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        if (!issuer.equals(claims.getIssuer())) {
            throw new ClaimRejectedException(RejectionReason.WRONG_ISSUER);
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new ClaimRejectedException(RejectionReason.WRONG_AUDIENCE);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank() || claims.getExpirationTime() == null) {
            throw new ClaimRejectedException(RejectionReason.MISSING_CLAIM);
        }
        Instant now = clock.instant();
        if (!now.minus(CLOCK_SKEW).isBefore(claims.getExpirationTime().toInstant())) {
            throw new ClaimRejectedException(RejectionReason.EXPIRED);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant())) {
            throw new ClaimRejectedException(RejectionReason.NOT_YET_VALID);
        }
    }
}
