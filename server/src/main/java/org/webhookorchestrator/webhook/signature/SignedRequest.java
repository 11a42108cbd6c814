package org.webhookorchestrator.webhook.signature;

import java.util.Objects;

/**
 * What signing produced: the delivery to put on the wire (its headers, and where the scheme requires it its URL or
 * body, adjusted) and, separately, the headers the scheme added, for callers that assemble the request themselves.
 *
 * @param delivery the delivery as it must be sent
 * @param signatureHeaders the headers the scheme set, in the provider's casing; empty when the signature lives in the
 *     body (Mailgun)
 */
public record SignedRequest(Delivery delivery, Headers signatureHeaders) {

    public SignedRequest {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(signatureHeaders, "signatureHeaders");
    }

    /** {@code delivery} with {@code headers} set over any of the same names. */
    static SignedRequest withHeaders(Delivery delivery, Headers headers) {
        return new SignedRequest(delivery.withHeaders(delivery.headers().withReplacedBy(headers)), headers);
    }
}
