package org.webhookorchestrator.webhook.signature;

/** Why a delivery did not verify; a receiver can map these to its response and its alerting. */
public enum FailureReason {
    /** The header (or body field) that carries the signature or token is absent or empty. */
    MISSING_SIGNATURE,
    /** The signature is present but cannot be parsed or decoded. */
    MALFORMED_SIGNATURE,
    /** The signature is well formed but was not made over these bytes with this key. */
    SIGNATURE_MISMATCH,
    /** The scheme carries a timestamp and it is absent. */
    MISSING_TIMESTAMP,
    /** The timestamp is present but not an integer of the expected unit. */
    MALFORMED_TIMESTAMP,
    /** The signature is authentic but older than the tolerance allows: a replay, or a sender or receiver clock off. */
    TIMESTAMP_TOO_OLD,
    /** The signature is authentic but dated further ahead than the tolerance allows. */
    TIMESTAMP_IN_FUTURE,
    /** Only signatures of versions or algorithms this scheme does not accept are present. */
    UNSUPPORTED_VERSION,
    /** A header the signed content needs (Standard Webhooks' message id) is absent. */
    MISSING_HEADER,
    /** The body cannot be read where the scheme carries its signature in it (Mailgun). */
    MALFORMED_BODY,
    /** The signed URL's {@code bodySHA256} (Twilio) does not match the body received. */
    BODY_HASH_MISMATCH,
    /** The plaintext token (GitLab) differs from the configured one. */
    TOKEN_MISMATCH,
    /** The scheme can only be verified by asking the provider's API (PayPal); nothing was checked locally. */
    REQUIRES_PROVIDER_API
}
