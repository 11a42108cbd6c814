package org.webhookorchestrator.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * An authorization server for tests: an RSA key whose public JWKS is written to a file, and access tokens signed with
 * it (or with a stranger's key) for whatever issuer, audience and validity a test needs.
 */
public final class TestIssuer {

    public static final String ISSUER = "https://auth.test.invalid";

    private final RSAKey key;
    private final RSAKey stranger;

    public TestIssuer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            this.stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public JWKS to {@code file} and returns the {@code file:} reference the server takes. */
    public String writeJwks(Path file) throws IOException {
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());
        return "file:" + file;
    }

    /** A token valid for an hour from now. */
    public String token(String subject, String audience) {
        Instant now = Instant.now();
        return sign(key, claims(subject, audience, ISSUER, now.minusSeconds(5), now.plus(Duration.ofHours(1))));
    }

    public String expiredToken(String subject, String audience) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(key, claims(subject, audience, ISSUER, past, past.plus(Duration.ofHours(1))));
    }

    public String notYetValidToken(String subject, String audience) {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        return sign(key, claims(subject, audience, ISSUER, later, later.plus(Duration.ofHours(1))));
    }

    public String tokenFromOtherIssuer(String subject, String audience) {
        Instant now = Instant.now();
        return sign(key, claims(subject, audience, "https://elsewhere.test.invalid", now, now.plusSeconds(3600)));
    }

    /** Same key id, same claims, but signed by a key the JWKS does not hold. */
    public String tokenSignedByStranger(String subject, String audience) {
        Instant now = Instant.now();
        return sign(stranger, claims(subject, audience, ISSUER, now, now.plusSeconds(3600)));
    }

    private static JWTClaimsSet claims(String subject, String audience, String issuer, Instant notBefore,
            Instant expiry) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .issueTime(Date.from(notBefore)).notBeforeTime(Date.from(notBefore))
                .expirationTime(Date.from(expiry)).build();
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
