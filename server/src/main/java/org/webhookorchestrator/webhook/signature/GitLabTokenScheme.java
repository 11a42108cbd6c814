package org.webhookorchestrator.webhook.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * GitLab: {@code X-Gitlab-Token: <secret token>}. <b>This is not a signature.</b> The shared token travels in
 * plaintext with every delivery and proves only that the sender knows it; it covers neither body nor time, so
 * anyone who sees one request (a proxy log, a TLS-terminating middlebox) can send any body with it, any number of
 * times. It is compared in constant time all the same, over SHA-256 digests so that its length does not leak either.
 *
 * <p>A missing header fails with {@link FailureReason#MISSING_SIGNATURE}, a different token with {@link
 * FailureReason#TOKEN_MISMATCH}. GitLab's newer opt-in signing token sends Standard Webhooks headers and is verified
 * with {@link StandardWebhooksScheme}; its general availability is unverified.
 */
public final class GitLabTokenScheme implements SignatureScheme {

    public static final String ID = "gitlab-token";
    public static final String TOKEN_HEADER = "X-Gitlab-Token";

    @Override
    public String id() {
        return ID;
    }

    /** Sets the token header to the secret itself. Timestamp ignored. */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        return SignedRequest.withHeaders(delivery, Headers.of(TOKEN_HEADER, secret.asUtf8()));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<String> token = received.headers().first(TOKEN_HEADER).filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, TOKEN_HEADER + " header is absent");
        }
        return MacAlgorithm.same(MacAlgorithm.sha256(secret.bytes()), MacAlgorithm.sha256(Bytes.utf8(token.get())))
                ? Verification.ok()
                : Verification.failed(FailureReason.TOKEN_MISMATCH,
                        TOKEN_HEADER + " differs from the configured token");
    }
}
