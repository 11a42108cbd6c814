package org.webhookorchestrator.webhook.design;

import java.util.Objects;

/** The status the endpoint answers in one situation, and why that one. */
public record ResponseCode(String condition, int status, String reason) {

    public ResponseCode {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(reason, "reason");
    }
}
