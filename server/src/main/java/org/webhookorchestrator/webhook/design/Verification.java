package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * How a delivery is authenticated, always on the exact bytes received: the scheme and what it signs, the timestamp
 * tolerance (absent without a timestamp, then compensating controls say what stands in for it), and how keys rotate.
 */
public record Verification(
        @JsonPropertyDescription("Signature scheme id (the provider id in the catalog); absent when unknown.")
        String scheme,
        @JsonPropertyDescription("hmac, public-key or shared-token; absent when unknown.") String kind,
        String algorithm,
        String encoding,
        List<String> signatureHeaders,
        String signedContent,
        String secretForm,
        @JsonPropertyDescription("The facts these values were read from.") List<FactRef> facts,
        @JsonPropertyDescription("The steps of verification, in order.") List<String> procedure,
        @JsonPropertyDescription("Whether the signed content includes a timestamp; absent when unknown.")
        Boolean timestamped,
        String timestampHeader,
        @JsonPropertyDescription("How far the timestamp may be from the receiver's clock, either way.")
        Figure tolerance,
        @JsonPropertyDescription("What stands in for a timestamp when there is none, or for a signature when the "
                + "scheme only sends a token.") List<String> compensatingControls,
        Boolean multipleSignatures,
        @JsonPropertyDescription("How long the old and the new secret are both accepted.") Figure rotationOverlap,
        List<String> rotationProcedure) {

    public Verification {
        signatureHeaders = List.copyOf(signatureHeaders);
        facts = List.copyOf(facts);
        procedure = List.copyOf(procedure);
        compensatingControls = List.copyOf(compensatingControls);
        rotationProcedure = List.copyOf(rotationProcedure);
    }
}
