package org.webhookorchestrator.webhook.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a provider delivers: what to deduplicate on, how long and how often it retries, how long it waits for an answer,
 * and what else the receiver must expect. All durations are in seconds. Every fact is required; where the sheet says
 * nothing the fact is UNVERIFIED.
 *
 * @param retryHorizonSeconds          how long after the first attempt automatic retries can still arrive
 * @param retryScheduleSeconds         the delays between attempts as listed by the source
 * @param retryCount                   the number of retries as the source states it (its wording is in the note)
 * @param ackDeadlineSeconds           how long the provider waits for the response before counting a failure
 * @param successStatus                the status (class) the provider counts as delivered: {@code 2xx}, {@code 200}, ...
 * @param responseSemantics            how the provider treats particular statuses or response headers
 * @param duplicatesPossible           whether the provider says the same event can arrive more than once
 * @param ordering                     what the provider says about delivery order
 * @param endpointDisabling            when and how the provider stops delivering to a failing endpoint
 * @param endpointDisabledAfterSeconds how long an endpoint may fail before it is disabled
 * @param sourceIps                    whether and where the provider publishes its source IP addresses
 * @param maxPayloadBytes              the largest payload the provider sends (or a spec advises)
 * @param batched                      whether one delivery carries several events
 * @param stalenessHeader              a header that tells when the event was triggered, to spot stale retries
 * @param endpointValidation           a handshake or check the provider runs against the endpoint
 */
public record DeliveryFacts(
        SourcedFact<IdempotencyKey> idempotencyKey,
        SourcedFact<Boolean> retriesAutomatically,
        SourcedFact<Long> retryHorizonSeconds,
        SourcedFact<List<Long>> retryScheduleSeconds,
        SourcedFact<Long> retryCount,
        SourcedFact<Long> ackDeadlineSeconds,
        SourcedFact<String> successStatus,
        SourcedFact<Map<String, String>> responseSemantics,
        SourcedFact<Boolean> duplicatesPossible,
        SourcedFact<String> ordering,
        SourcedFact<String> endpointDisabling,
        SourcedFact<Long> endpointDisabledAfterSeconds,
        SourcedFact<String> sourceIps,
        SourcedFact<Long> maxPayloadBytes,
        SourcedFact<Boolean> batched,
        SourcedFact<String> stalenessHeader,
        SourcedFact<String> endpointValidation) {

    public DeliveryFacts {
        Map<String, SourcedFact<?>> all = named(idempotencyKey, retriesAutomatically, retryHorizonSeconds,
                retryScheduleSeconds, retryCount, ackDeadlineSeconds, successStatus, responseSemantics,
                duplicatesPossible, ordering, endpointDisabling, endpointDisabledAfterSeconds, sourceIps,
                maxPayloadBytes, batched, stalenessHeader, endpointValidation);
        all.forEach((name, fact) -> FieldViolation.requirePresent(name, fact));
        if (retriesAutomatically.hasValue(Boolean.FALSE)) {
            requireNone("retryHorizonSeconds", retryHorizonSeconds.known() && retryHorizonSeconds.value() != 0,
                    retryHorizonSeconds.value());
            requireNone("retryCount", retryCount.known() && retryCount.value() != 0, retryCount.value());
            requireNone("retryScheduleSeconds",
                    retryScheduleSeconds.known() && !retryScheduleSeconds.value().isEmpty(),
                    retryScheduleSeconds.value());
        }
        if (retryScheduleSeconds.known() && retryHorizonSeconds.known()) {
            long sum = retryScheduleSeconds.value().stream().mapToLong(Long::longValue).sum();
            if (sum > retryHorizonSeconds.value()) {
                throw new FieldViolation("retryScheduleSeconds", "the schedule sums to " + sum
                        + " s, more than delivery.retryHorizonSeconds (" + retryHorizonSeconds.value() + " s)");
            }
        }
    }

    /** The facts by name, in declaration order. */
    public Map<String, SourcedFact<?>> facts() {
        return Collections.unmodifiableMap(named(idempotencyKey, retriesAutomatically, retryHorizonSeconds,
                retryScheduleSeconds, retryCount, ackDeadlineSeconds, successStatus, responseSemantics,
                duplicatesPossible, ordering, endpointDisabling, endpointDisabledAfterSeconds, sourceIps,
                maxPayloadBytes, batched, stalenessHeader, endpointValidation));
    }

    private static void requireNone(String name, boolean violated, Object value) {
        if (violated) {
            throw new FieldViolation(name, "is " + value + " although delivery.retriesAutomatically is false");
        }
    }

    // One list of names, used by the constructor and by facts(), so the two cannot drift apart.
    private static Map<String, SourcedFact<?>> named(SourcedFact<?>... facts) {
        List<String> names = List.of("idempotencyKey", "retriesAutomatically", "retryHorizonSeconds",
                "retryScheduleSeconds", "retryCount", "ackDeadlineSeconds", "successStatus", "responseSemantics",
                "duplicatesPossible", "ordering", "endpointDisabling", "endpointDisabledAfterSeconds", "sourceIps",
                "maxPayloadBytes", "batched", "stalenessHeader", "endpointValidation");
        Map<String, SourcedFact<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), facts[i]);
        }
        return byName;
    }
}
