package org.webhookorchestrator.webhook.design;

import java.util.Map;

/** How the inventory writes each fact's value as text, so that it can be read back into a type. */
enum FactShape {
    TEXT, FLAG, NUMBER, NUMBERS, TEXTS, SCHEME_KIND, TIMESTAMP_UNIT, KEY, MAP, IGNORED;

    private static final Map<String, FactShape> BY_FACT = Map.ofEntries(
            Map.entry("signing.scheme", TEXT),
            Map.entry("signing.schemeKind", SCHEME_KIND),
            Map.entry("signing.algorithm", TEXT),
            Map.entry("signing.encoding", TEXT),
            Map.entry("signing.signatureHeaders", TEXTS),
            Map.entry("signing.hasTimestamp", FLAG),
            Map.entry("signing.timestampHeader", TEXT),
            Map.entry("signing.timestampUnit", TIMESTAMP_UNIT),
            Map.entry("signing.signedContent", TEXT),
            Map.entry("signing.secretForm", TEXT),
            Map.entry("signing.multipleSignatures", FLAG),
            Map.entry("signing.rotation", TEXT),
            Map.entry("signing.replayProtection", TEXT),
            Map.entry("signing.signatureToleranceSeconds", NUMBER),
            Map.entry("signing.rejectsFutureTimestamps", FLAG),
            Map.entry("delivery.idempotencyKey", KEY),
            Map.entry("delivery.retriesAutomatically", FLAG),
            Map.entry("delivery.retryHorizonSeconds", NUMBER),
            Map.entry("delivery.retryScheduleSeconds", NUMBERS),
            Map.entry("delivery.retryCount", NUMBER),
            Map.entry("delivery.ackDeadlineSeconds", NUMBER),
            Map.entry("delivery.successStatus", TEXT),
            Map.entry("delivery.responseSemantics", MAP),
            Map.entry("delivery.duplicatesPossible", FLAG),
            Map.entry("delivery.ordering", TEXT),
            Map.entry("delivery.endpointDisabling", TEXT),
            Map.entry("delivery.endpointDisabledAfterSeconds", NUMBER),
            Map.entry("delivery.sourceIps", TEXT),
            Map.entry("delivery.maxPayloadBytes", NUMBER),
            Map.entry("delivery.batched", FLAG),
            Map.entry("delivery.stalenessHeader", TEXT),
            Map.entry("delivery.endpointValidation", TEXT));

    /** The shape of a fact; facts this engine does not read are ignored, so newer inventories still design. */
    static FactShape of(String fact) {
        return BY_FACT.getOrDefault(fact, IGNORED);
    }
}
