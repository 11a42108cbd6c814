package org.webhookorchestrator.skill.manifest;

/** The manifest is invalid or disagrees with the tools: the server must not start. The message says what and where. */
public final class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
