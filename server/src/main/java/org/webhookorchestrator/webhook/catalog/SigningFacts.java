package org.webhookorchestrator.webhook.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a provider authenticates a delivery. The four timestamp facts ({@code timestampHeader}, {@code timestampUnit},
 * {@code signatureToleranceSeconds}, {@code rejectsFutureTimestamps}) exist only where a timestamp can: they are absent
 * when {@code hasTimestamp} is known to be false, and all but the header are required when it is known to be true (the
 * header is absent where the timestamp travels in the body, as with Mailgun).
 *
 * @param scheme                    the scheme id, which is the provider id
 * @param signatureHeaders          the headers that carry the signature or token; empty when it travels in the body
 * @param signedContent             what the digest or signature covers, in the sheet's words
 * @param secretForm                the secret or key, its form and how it is used as key material
 * @param multipleSignatures        whether one delivery can carry several signatures (during rotation)
 * @param rotation                  what the sheet says about key rotation and several signatures
 * @param replayProtection          what guards against replays, in the sheet's words
 * @param signatureToleranceSeconds the timestamp tolerance the official SDK or libraries apply
 * @param rejectsFutureTimestamps   whether that check also refuses timestamps ahead of the receiver's clock
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SigningFacts(
        SourcedFact<String> scheme,
        SourcedFact<SchemeKind> schemeKind,
        SourcedFact<String> algorithm,
        SourcedFact<String> encoding,
        SourcedFact<List<String>> signatureHeaders,
        SourcedFact<Boolean> hasTimestamp,
        SourcedFact<String> timestampHeader,
        SourcedFact<TimestampUnit> timestampUnit,
        SourcedFact<String> signedContent,
        SourcedFact<String> secretForm,
        SourcedFact<Boolean> multipleSignatures,
        SourcedFact<String> rotation,
        SourcedFact<String> replayProtection,
        SourcedFact<Long> signatureToleranceSeconds,
        SourcedFact<Boolean> rejectsFutureTimestamps) {

    public SigningFacts {
        FieldViolation.requirePresent("scheme", scheme);
        FieldViolation.requirePresent("schemeKind", schemeKind);
        FieldViolation.requirePresent("algorithm", algorithm);
        FieldViolation.requirePresent("encoding", encoding);
        FieldViolation.requirePresent("signatureHeaders", signatureHeaders);
        FieldViolation.requirePresent("hasTimestamp", hasTimestamp);
        FieldViolation.requirePresent("signedContent", signedContent);
        FieldViolation.requirePresent("secretForm", secretForm);
        FieldViolation.requirePresent("multipleSignatures", multipleSignatures);
        FieldViolation.requirePresent("rotation", rotation);
        FieldViolation.requirePresent("replayProtection", replayProtection);
        Map<String, SourcedFact<?>> timestampFacts = new LinkedHashMap<>();
        timestampFacts.put("timestampHeader", timestampHeader);
        timestampFacts.put("timestampUnit", timestampUnit);
        timestampFacts.put("signatureToleranceSeconds", signatureToleranceSeconds);
        timestampFacts.put("rejectsFutureTimestamps", rejectsFutureTimestamps);
        timestampFacts.forEach((name, fact) -> {
            if (fact != null && hasTimestamp.hasValue(Boolean.FALSE)) {
                throw new FieldViolation(name, "present although signing.hasTimestamp is false");
            }
            if (fact == null && hasTimestamp.hasValue(Boolean.TRUE) && !name.equals("timestampHeader")) {
                throw new FieldViolation(name,
                        "missing although signing.hasTimestamp is true; record it as UNVERIFIED if no source states it");
            }
        });
    }

    /** The facts that are present, by name, in declaration order. */
    public Map<String, SourcedFact<?>> facts() {
        Map<String, SourcedFact<?>> facts = new LinkedHashMap<>();
        facts.put("scheme", scheme);
        facts.put("schemeKind", schemeKind);
        facts.put("algorithm", algorithm);
        facts.put("encoding", encoding);
        facts.put("signatureHeaders", signatureHeaders);
        facts.put("hasTimestamp", hasTimestamp);
        facts.put("timestampHeader", timestampHeader);
        facts.put("timestampUnit", timestampUnit);
        facts.put("signedContent", signedContent);
        facts.put("secretForm", secretForm);
        facts.put("multipleSignatures", multipleSignatures);
        facts.put("rotation", rotation);
        facts.put("replayProtection", replayProtection);
        facts.put("signatureToleranceSeconds", signatureToleranceSeconds);
        facts.put("rejectsFutureTimestamps", rejectsFutureTimestamps);
        facts.values().removeIf(Objects::isNull);
        return Collections.unmodifiableMap(facts);
    }
}
