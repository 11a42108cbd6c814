package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How sensitive the event payloads are; it decides encryption at rest, log redaction and who may replay. */
public enum DataClassification {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("confidential") CONFIDENTIAL,
    @JsonProperty("restricted") RESTRICTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether payloads at rest must be encrypted and kept out of logs entirely. */
    public boolean sensitive() {
        return this == CONFIDENTIAL || this == RESTRICTED;
    }
}
