package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a consumer needs of the order in which events of one type are processed. */
public enum OrderingRequirement {
    /** Any order: handlers are commutative. */
    @JsonProperty("none") NONE,
    /** Events about the same entity (the key) must be applied in order. */
    @JsonProperty("per-key") PER_KEY,
    /** Every event of the type in one global order. */
    @JsonProperty("total") TOTAL;

    public String id() {
        return this == PER_KEY ? "per-key" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
