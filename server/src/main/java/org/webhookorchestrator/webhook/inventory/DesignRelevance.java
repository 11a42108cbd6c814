package org.webhookorchestrator.webhook.inventory;

import java.util.Map;
import java.util.Optional;

/**
 * Why an unknown fact matters to the design: what the designer must do without it, and the question that settles it.
 * Facts not listed here are recorded as unverified but do not hold up a design.
 */
record DesignRelevance(String consequence, String questionTemplate) {

    private static final Map<String, DesignRelevance> BY_FACT = Map.ofEntries(
            Map.entry("delivery.ackDeadlineSeconds", new DesignRelevance(
                    "the ack deadline cannot be derived from the provider's timeout; the design must assume a "
                            + "conservative deadline and acknowledge before any processing",
                    "How long does %s wait for a response before it counts a delivery as failed?")),
            Map.entry("delivery.retryHorizonSeconds", new DesignRelevance(
                    "the dedupe TTL cannot be derived from the retry horizon; the design must assume one and say so",
                    "For how long, in total, does %s retry a failed delivery?")),
            Map.entry("delivery.retryScheduleSeconds", new DesignRelevance(
                    "the retry timeline cannot be drawn; reconciliation windows are estimates",
                    "At which intervals does %s retry a failed delivery?")),
            Map.entry("delivery.retriesAutomatically", new DesignRelevance(
                    "it is unknown whether a failed delivery is ever resent; reconciliation must be planned for",
                    "Does %s resend a delivery that was not acknowledged?")),
            Map.entry("delivery.idempotencyKey", new DesignRelevance(
                    "no documented key identifies a delivery across retries; dedupe must fall back to a body digest",
                    "Which header or body field identifies an event across %s's retries?")),
            Map.entry("delivery.maxPayloadBytes", new DesignRelevance(
                    "the request size limit cannot be derived from the provider's maximum; it must be assumed",
                    "What is the largest payload %s sends?")),
            Map.entry("delivery.sourceIps", new DesignRelevance(
                    "IP allowlisting cannot be planned; signature verification is the only origin check",
                    "Does %s publish the addresses it delivers from?")),
            Map.entry("signing.signatureToleranceSeconds", new DesignRelevance(
                    "the timestamp tolerance is not documented by the provider; the design must choose one",
                    "How old may a %s delivery's timestamp be before it must be refused?")));

    static Optional<DesignRelevance> of(String factName) {
        return Optional.ofNullable(BY_FACT.get(factName));
    }

    String question(String provider) {
        return String.format(questionTemplate, provider);
    }
}
