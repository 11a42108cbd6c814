package org.webhookorchestrator.webhook.design;

import java.util.Objects;

/** A provider fact's value, read from the inventory, with the reference that cites it and the inventory's note. */
public record Known<T>(T value, FactRef ref, String note) {

    public Known {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ref, "ref");
    }
}
