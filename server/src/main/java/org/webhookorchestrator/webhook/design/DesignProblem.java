package org.webhookorchestrator.webhook.design;

import java.util.Objects;

/** Something in the request that stops a design being made, with the field path where it is. */
public record DesignProblem(String path, String message) {

    public DesignProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
