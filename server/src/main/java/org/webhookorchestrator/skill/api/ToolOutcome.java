package org.webhookorchestrator.skill.api;

import java.util.Objects;

/**
 * What a tool call ends in: an output for agents with a Markdown text for people, or a refusal the user can act on.
 * A refusal is a domain answer ({@code isError} result), not a protocol error: the caller learns why and what to do.
 */
public sealed interface ToolOutcome<O> {

    record Success<O>(O output, String markdown) implements ToolOutcome<O> {
        public Success {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    record Refusal<O>(Escalation escalation) implements ToolOutcome<O> {
        public Refusal {
            Objects.requireNonNull(escalation, "escalation");
        }
    }

    static <O> ToolOutcome<O> success(O output, String markdown) {
        return new Success<>(output, markdown);
    }

    static <O> ToolOutcome<O> refusal(Escalation escalation) {
        return new Refusal<>(escalation);
    }
}
