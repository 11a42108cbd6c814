package org.webhookorchestrator.webhook.signature;

/**
 * What a sender signs with: a shared secret for HMAC and token schemes, or a private key for Ed25519 and ECDSA.
 * Every implementation redacts itself in {@code toString()}.
 */
public sealed interface SigningKey permits SharedSecret, PrivateSigningKey {
}
