package org.webhookorchestrator.webhook.signature;

/**
 * What a receiver verifies with: the same shared secret the sender holds, or the sender's public key. Every
 * implementation redacts itself in {@code toString()}.
 */
public sealed interface VerificationKey permits SharedSecret, PublicVerificationKey {
}
