package org.webhookorchestrator.webhook.signature;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * PayPal, which this package can describe but not check offline.
 *
 * <p>PayPal sends {@code PAYPAL-TRANSMISSION-ID}, {@code PAYPAL-TRANSMISSION-TIME}, {@code PAYPAL-TRANSMISSION-SIG}
 * (base64), {@code PAYPAL-CERT-URL} and {@code PAYPAL-AUTH-ALGO} (such as {@code SHA256withRSA}). The signature is
 * RSA over {@link #signedContent transmission_id|transmission_time|webhook_id|crc32(body)}, made with the private key
 * of the X.509 certificate at the cert URL. Checking it means fetching that certificate, validating its chain to
 * PayPal's CA and that it was issued to a {@code paypal.com} name, none of which can be done without the network.
 * The alternative PayPal offers is to post the headers, the webhook id and the event to its {@code POST
 * /v1/notifications/verify-webhook-signature} API and read {@code verification_status}.
 *
 * <p>So {@link #verify} checks only that the signature headers are present and otherwise returns {@link
 * FailureReason#REQUIRES_PROVIDER_API}: never ok, so that a receiver cannot mistake "not checked" for "verified". It
 * takes any key, since none is used. {@link #sign} is unsupported: only PayPal holds the key.
 */
public final class PayPalVerifyByApiScheme implements SignatureScheme {

    public static final String ID = "paypal-verify-api";
    public static final List<String> SIGNATURE_HEADERS = List.of("PAYPAL-TRANSMISSION-ID", "PAYPAL-TRANSMISSION-TIME",
            "PAYPAL-TRANSMISSION-SIG", "PAYPAL-CERT-URL", "PAYPAL-AUTH-ALGO");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean canSign() {
        return false;
    }

    /** @throws UnsupportedOperationException always: PayPal signs with a certificate only PayPal holds */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        throw new UnsupportedOperationException(ID + " cannot sign: PayPal signs with the private key of a"
                + " PayPal-issued certificate; emulate PayPal with a scheme of your own instead");
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        Objects.requireNonNull(received, "received");
        for (String header : SIGNATURE_HEADERS) {
            if (received.headers().first(header).filter(value -> !value.isBlank()).isEmpty()) {
                return Verification.failed(FailureReason.MISSING_SIGNATURE, header + " header is absent");
            }
        }
        return Verification.failed(FailureReason.REQUIRES_PROVIDER_API, "PayPal signatures are checked with the"
                + " certificate chain or PayPal's verify-webhook-signature API; nothing was verified locally");
    }

    /**
     * The string PayPal signs: {@code transmissionId|transmissionTime|webhookId|crc32}, the CRC-32 of the raw body as
     * an unsigned decimal. {@code webhookId} is the id of the webhook in the receiver's PayPal configuration, not a
     * header.
     */
    public static String signedContent(String transmissionId, String transmissionTime, String webhookId, byte[] body) {
        Objects.requireNonNull(transmissionId, "transmissionId");
        Objects.requireNonNull(transmissionTime, "transmissionTime");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(body, "body");
        CRC32 crc = new CRC32();
        crc.update(body);
        return transmissionId + "|" + transmissionTime + "|" + webhookId + "|" + crc.getValue();
    }
}
