package org.webhookorchestrator.webhook.grader;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The secrets a grading run holds (the operator's and the ephemeral ones it makes), so that no report line, evidence
 * or error message can carry one. Each registration is also passed on to {@code alsoRegister}, which the server wires
 * to the audit log's {@code SecretRegistry}.
 */
public final class SecretRedactor {

    private record Known(String label, String value) {
    }

    private final List<Known> known = new CopyOnWriteArrayList<>();
    private final BiConsumer<String, String> alsoRegister;

    public SecretRedactor(BiConsumer<String, String> alsoRegister) {
        this.alsoRegister = Objects.requireNonNull(alsoRegister, "alsoRegister");
    }

    /** A redactor that tells nobody else. */
    public SecretRedactor() {
        this((label, value) -> { });
    }

    public void register(String label, String value) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("secret '" + label + "' is empty");
        }
        alsoRegister.accept(label, value);
        known.add(new Known(label, value));
    }

    /** {@code text} with every registered value replaced by {@code [redacted:<label>]}. */
    public String redact(String text) {
        String result = text;
        for (Known k : known) {
            if (result.contains(k.value())) {
                result = result.replace(k.value(), "[redacted:" + k.label() + "]");
            }
        }
        return result;
    }
}
