package org.webhookorchestrator.webhook.design;

import java.util.List;

/** Everything designed for one provider, each part derived from that provider's facts and the constraints. */
public record ProviderDesign(
        String providerId,
        String displayName,
        String match,
        List<String> events,
        Endpoint endpoint,
        Verification verification,
        Idempotency idempotency,
        Acknowledgement acknowledgement,
        List<ResponseCode> responses,
        Ordering ordering,
        Reconciliation reconciliation,
        IpAllowlist ipAllowlist,
        PayloadLimit payloadLimit,
        Versioning versioning) {

    public ProviderDesign {
        events = List.copyOf(events);
        responses = List.copyOf(responses);
    }
}
