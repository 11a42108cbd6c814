package org.webhookorchestrator.webhook.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** The unit of a delivery's timestamp, written {@code s} or {@code ms} in the catalog. */
public enum TimestampUnit {
    @JsonProperty("s") SECONDS,
    @JsonProperty("ms") MILLISECONDS;

    /** The duration that {@code amount} of this unit stands for. */
    public Duration toDuration(long amount) {
        return this == SECONDS ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    }
}
