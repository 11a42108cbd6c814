package org.webhookorchestrator.webhook.catalog;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One provider of the built-in catalog: its id (lowercase kebab-case), the name people use, other names it goes by, and
 * its sourced signing and delivery facts. The typed accessors give the design engine what it needs, durations as
 * {@link Duration}, without reaching into the fact records.
 */
public record ProviderEntry(
        String id,
        String displayName,
        List<String> aliases,
        SigningFacts signing,
        DeliveryFacts delivery) {

    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public ProviderEntry {
        FieldViolation.requireText("id", id);
        if (!ID.matcher(id).matches()) {
            throw new FieldViolation("id", "'" + id + "' is not lowercase kebab-case (" + ID.pattern() + ")");
        }
        FieldViolation.requireText("displayName", displayName);
        aliases = aliases == null ? List.of() : aliases;
        for (int i = 0; i < aliases.size(); i++) {
            FieldViolation.requireText("aliases[" + i + "]", aliases.get(i));
        }
        aliases = List.copyOf(aliases);
        FieldViolation.requirePresent("signing", signing);
        FieldViolation.requirePresent("delivery", delivery);
        if (signing.scheme().known() && !signing.scheme().value().equals(id)) {
            throw new FieldViolation("signing.scheme",
                    "scheme id '" + signing.scheme().value() + "' must be the provider id '" + id + "'");
        }
    }

    /** Every present fact by its path ({@code signing.algorithm}, {@code delivery.retryHorizonSeconds}, ...). */
    public Map<String, SourcedFact<?>> facts() {
        Map<String, SourcedFact<?>> facts = new LinkedHashMap<>();
        signing.facts().forEach((name, fact) -> facts.put("signing." + name, fact));
        delivery.facts().forEach((name, fact) -> facts.put("delivery." + name, fact));
        return Collections.unmodifiableMap(facts);
    }

    public SourcedFact<SchemeKind> schemeKind() {
        return signing.schemeKind();
    }

    public SourcedFact<Boolean> hasTimestamp() {
        return signing.hasTimestamp();
    }

    /** The unit of the delivery timestamp; empty when the provider sends none. */
    public Optional<SourcedFact<TimestampUnit>> timestampUnit() {
        return Optional.ofNullable(signing.timestampUnit());
    }

    /** The timestamp tolerance of the provider's SDK; empty when the provider sends no timestamp. */
    public Optional<SourcedFact<Duration>> signatureTolerance() {
        return Optional.ofNullable(signing.signatureToleranceSeconds()).map(fact -> fact.map(Duration::ofSeconds));
    }

    /** Whether the SDK's timestamp check also refuses timestamps ahead of the clock; empty without a timestamp. */
    public Optional<SourcedFact<Boolean>> rejectsFutureTimestamps() {
        return Optional.ofNullable(signing.rejectsFutureTimestamps());
    }

    public SourcedFact<Boolean> multipleSignatures() {
        return signing.multipleSignatures();
    }

    public SourcedFact<IdempotencyKey> idempotencyKey() {
        return delivery.idempotencyKey();
    }

    public SourcedFact<Boolean> retriesAutomatically() {
        return delivery.retriesAutomatically();
    }

    /** How long after the first attempt automatic retries can still arrive (zero when there are none). */
    public SourcedFact<Duration> retryHorizon() {
        return delivery.retryHorizonSeconds().map(Duration::ofSeconds);
    }

    public SourcedFact<List<Duration>> retrySchedule() {
        return delivery.retryScheduleSeconds().map(delays -> delays.stream().map(Duration::ofSeconds).toList());
    }

    public SourcedFact<Long> retryCount() {
        return delivery.retryCount();
    }

    /** How long the provider waits for the receiver's response before it counts the attempt as failed. */
    public SourcedFact<Duration> ackDeadline() {
        return delivery.ackDeadlineSeconds().map(Duration::ofSeconds);
    }

    public SourcedFact<Boolean> duplicatesPossible() {
        return delivery.duplicatesPossible();
    }

    public SourcedFact<Duration> endpointDisabledAfter() {
        return delivery.endpointDisabledAfterSeconds().map(Duration::ofSeconds);
    }

    public SourcedFact<Long> maxPayloadBytes() {
        return delivery.maxPayloadBytes();
    }
}
