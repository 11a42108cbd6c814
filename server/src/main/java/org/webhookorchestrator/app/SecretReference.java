package org.webhookorchestrator.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A reference to a secret, {@code env:NAME} or {@code file:PATH}, resolved once when the server starts. Errors name the
 * reference, never a value.
 */
public final class SecretReference {

    private static final Pattern FORM = Pattern.compile("^(env:[A-Za-z_][A-Za-z0-9_]{0,127}|file:[^\\x00]{1,1024})$");

    private SecretReference() {
    }

    /** Resolves against the process environment. */
    public static String resolve(String reference) {
        return resolve(reference, System::getenv);
    }

    /** @param environment looks up an environment variable (System::getenv, or a map in tests) */
    public static String resolve(String reference, UnaryOperator<String> environment) {
        if (reference == null || !FORM.matcher(reference).matches()) {
            // The text is not echoed: what was given in place of a reference may well be the secret itself.
            throw new IllegalArgumentException("a secret is given as a reference, env:NAME or file:PATH, and this is "
                    + "not a secret reference; a secret value itself is never accepted");
        }
        String value;
        if (reference.startsWith("env:")) {
            value = environment.apply(reference.substring(4));
            if (value == null) {
                throw new IllegalArgumentException("the environment variable of " + reference + " is not set");
            }
        } else {
            try {
                value = Files.readString(Path.of(reference.substring(5)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the secret file of " + reference + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
        value = value.strip(); // a trailing newline in a secret file is never part of the token
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the secret of " + reference + " is empty");
        }
        return value;
    }
}
