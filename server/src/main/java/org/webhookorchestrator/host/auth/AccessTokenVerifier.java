package org.webhookorchestrator.host.auth;

/** Turns a bearer token into the caller it stands for, or refuses it with a reason. */
public interface AccessTokenVerifier {

    Caller verify(String token) throws TokenRejectedException;
}
