package org.webhookorchestrator.webhook.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider's way of signing a webhook delivery: what is signed, with which algorithm, where the signature goes.
 * Implementations are immutable and thread-safe; verifiers with a timestamp take their {@link java.time.Clock} and
 * tolerance at construction.
 *
 * <p>Both operations work on raw bytes. A body parsed and re-serialized before {@link #verify} is a different body.
 */
public interface SignatureScheme {

    /** A stable id naming provider and version, such as {@code stripe-v1} or {@code standard-webhooks-v1}. */
    String id();

    /**
     * Signs {@code delivery} as the provider would at {@code timestamp} (ignored by schemes without one, truncated to
     * the scheme's unit by the others).
     *
     * @throws IllegalArgumentException if the key is of a type the scheme does not sign with, or the delivery lacks
     *     something the signed content needs
     * @throws UnsupportedOperationException if the scheme cannot be signed offline ({@link #canSign()} is false)
     */
    SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp);

    /**
     * Checks the signature of a received delivery. Never throws for anything the sender controls.
     *
     * <p>Where the scheme has a timestamp, the signature is checked before the freshness: a {@code TIMESTAMP_*}
     * failure therefore says the request is authentic but outside the tolerance (a replay, or a clock off), while
     * {@link FailureReason#SIGNATURE_MISMATCH} says it is not authentic at all.
     *
     * @throws IllegalArgumentException if {@code key} is of a type the scheme does not verify with
     */
    Verification verify(Delivery received, VerificationKey key);

    /**
     * How far from the verifier's clock a signed timestamp may be, either way; empty for schemes that sign no
     * timestamp and so offer no replay protection of their own.
     */
    default Optional<Duration> tolerance() {
        return Optional.empty();
    }

    /** Whether {@link #sign} works; false for schemes only the provider can produce (PayPal). */
    default boolean canSign() {
        return true;
    }

    /** Whether one delivery can carry several signatures, so that a secret can be rotated without downtime. */
    default boolean supportsSeveralSignatures() {
        return false;
    }

    /**
     * Signs with each of {@code keys} into one delivery, as a provider does while a secret is being rotated.
     *
     * @throws UnsupportedOperationException if the scheme carries a single signature and more than one key is given
     */
    default SignedRequest signWithEach(Delivery delivery, List<? extends SigningKey> keys, Instant timestamp) {
        Objects.requireNonNull(keys, "keys");
        if (keys.size() == 1) {
            return sign(delivery, keys.get(0), timestamp);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one key is needed to sign");
        }
        throw new UnsupportedOperationException(id() + " carries one signature per delivery; sign with one key");
    }

    /**
     * Verifies against each of {@code keys} in turn and accepts the first match: the receiver's side of a rotation,
     * when either the old or the new secret may have signed. On failure returns the result for the first key.
     */
    default Verification verifyWithAny(Delivery received, List<? extends VerificationKey> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one key is needed to verify");
        }
        Verification first = null;
        for (VerificationKey key : keys) {
            Verification result = verify(received, key);
            if (result.isOk()) {
                return result;
            }
            if (first == null) {
                first = result;
            }
        }
        return first;
    }
}
