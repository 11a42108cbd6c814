package org.webhookorchestrator.audit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secret values the server has seen: registered when a secret reference is resolved or an ephemeral secret made.
 * A value is looked for both as raw UTF-8 and as it appears inside a JSON string (quotes, backslashes and control
 * characters escaped), since records reach the screen as canonical JSON. Values shorter than {@value #MIN_LENGTH}
 * characters are refused: they would match ordinary text and block the log, and no signing secret is that short.
 */
public final class SecretRegistry implements SecretScreen {

    public static final int MIN_LENGTH = 8;

    private record Known(String label, byte[] raw, byte[] escaped) {
    }

    private final List<Known> known = new CopyOnWriteArrayList<>();

    /** Remembers {@code value} under {@code label}; the label is what error messages show. */
    public void register(String label, String value) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("secret '" + label + "' is shorter than " + MIN_LENGTH
                    + " characters; refusing to register a value that ordinary text could contain");
        }
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(value);
        known.add(new Known(label, raw, escaped));
    }

    public int size() {
        return known.size();
    }

    @Override
    public Optional<String> secretIn(byte[] canonicalJson) {
        for (Known k : known) {
            if (indexOf(canonicalJson, k.raw()) >= 0 || indexOf(canonicalJson, k.escaped()) >= 0) {
                return Optional.of(k.label());
            }
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
