package org.webhookorchestrator.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret named by reference on the command line, {@code env:NAME} or {@code file:PATH}, resolved once. The value
 * never appears in a message; a file's single trailing newline is dropped, as editors add one.
 */
public final class SecretReference {

    private SecretReference() {
    }

    public static String resolve(String reference) {
        if (reference.startsWith("env:")) {
            String name = reference.substring(4);
            String value = System.getenv(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("environment variable " + name + " is not set or empty");
            }
            return value;
        }
        if (reference.startsWith("file:")) {
            Path path = Path.of(reference.substring(5));
            try {
                String value = Files.readString(path, StandardCharsets.UTF_8);
                value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                        : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("secret file " + path + " is empty");
                }
                return value;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read secret file " + path + ": "
                        + e.getClass().getSimpleName());
            }
        }
        throw new IllegalArgumentException("a secret is given by reference, env:NAME or file:PATH, never by value");
    }
}
