package org.webhookorchestrator.skill.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Knows the secret values the server holds (resolved references, ephemeral receiver secrets) and finds them in text
 * about to leave the server. Every tool result passes through it, so no tool can echo a secret, whatever it does.
 */
@FunctionalInterface
public interface SecretGuard {

    SecretGuard NONE = bytes -> Optional.empty();

    /** The label (never the value) of a known secret whose value occurs in {@code utf8}. */
    Optional<String> secretIn(byte[] utf8);

    default Optional<String> secretIn(String text) {
        return secretIn(text.getBytes(StandardCharsets.UTF_8));
    }
}
