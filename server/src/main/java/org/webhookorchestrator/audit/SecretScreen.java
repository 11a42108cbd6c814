package org.webhookorchestrator.audit;

import java.util.Optional;

/**
 * Tells whether bytes about to be written contain the value of a secret the server knows. The audit log asks it about
 * every record before writing; a match makes the append fail (see {@link SecretInAuditRecordException}).
 */
@FunctionalInterface
public interface SecretScreen {

    /** A screen that knows no secrets, for tests and tools that never touch one. */
    SecretScreen NONE = bytes -> Optional.empty();

    /** The label (never the value) of the first known secret whose value occurs in {@code canonicalJson}. */
    Optional<String> secretIn(byte[] canonicalJson);
}
