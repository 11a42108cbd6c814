package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Infrastructure the receiver may use; the durable inbox and the dedupe store are chosen among what is available. */
public enum Infrastructure {
    @JsonProperty("postgresql") POSTGRESQL,
    @JsonProperty("redis") REDIS,
    @JsonProperty("kafka") KAFKA,
    @JsonProperty("sqs") SQS;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
