package org.webhookorchestrator.skill.api;

import java.util.Objects;

/**
 * Thrown from deep inside a tool call when it cannot proceed for a reason the caller can act on; the host answers it
 * as the tool's refusal, with its escalation, instead of as an internal error.
 */
public final class EscalationException extends RuntimeException {

    private final transient Escalation escalation;

    public EscalationException(Escalation escalation, Throwable cause) {
        super(Objects.requireNonNull(escalation, "escalation").blocker(), cause);
        this.escalation = escalation;
    }

    public Escalation escalation() {
        return escalation;
    }
}
