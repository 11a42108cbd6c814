package org.webhookorchestrator.webhook.grader;

/** How a receiver did on one case. */
public enum Outcome {
    PASS,
    /** The criterion was not met; the result carries the evidence. */
    FAIL,
    /** The criterion cannot be judged from outside (no effects probe); never counted as a pass. */
    NOT_OBSERVABLE,
    /** The case does not apply to this provider's scheme; the result says why. */
    NOT_APPLICABLE
}
