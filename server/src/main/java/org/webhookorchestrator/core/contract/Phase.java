package org.webhookorchestrator.core.contract;

import java.util.List;

/**
 * The route every project takes, in order. Each phase is performed by one tool of the webhook skill; the orchestrator
 * names that tool when it refuses a step, so that the caller knows exactly what to call.
 */
public enum Phase {
    inventory("webhook_inventory", "the brief"),
    design("webhook_design", null),
    validate("webhook_validate", null),
    handoff("webhook_handoff", null);

    public static final List<Phase> ROUTE = List.of(values());

    private final String tool;
    private final String firstInput;

    Phase(String tool, String firstInput) {
        this.tool = tool;
        this.firstInput = firstInput;
    }

    /** The tool that performs this phase. */
    public String tool() {
        return tool;
    }

    /** What the first phase starts from, since no earlier artifact exists for it. */
    public String firstInput() {
        return firstInput;
    }
}
