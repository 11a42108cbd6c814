package org.webhookorchestrator.host.auth;

/**
 * Why an access token was refused. The description goes to the client in {@code error_description}: it says what
 * to fix and carries nothing of the token or of our keys.
 */
public enum RejectionReason {
    UNKNOWN_TOKEN("the token is not one this server accepts"),
    MALFORMED("the token is not a well-formed access token"),
    BAD_SIGNATURE("the token's signature does not verify against the issuer's keys"),
    EXPIRED("the token has expired"),
    NOT_YET_VALID("the token is not valid yet"),
    WRONG_AUDIENCE("the token was not issued for this resource"),
    WRONG_ISSUER("the token was not issued by the trusted authorization server"),
    MISSING_CLAIM("the token lacks a required claim (sub, exp)"),
    KEYS_UNAVAILABLE("the issuer's keys could not be read");

    private final String description;

    RejectionReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
