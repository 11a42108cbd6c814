package org.webhookorchestrator.webhook.receiver;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.HubSpotV3Scheme;
import org.webhookorchestrator.webhook.signature.LinearScheme;
import org.webhookorchestrator.webhook.signature.MailgunScheme;
import org.webhookorchestrator.webhook.signature.PaddleScheme;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SignatureScheme;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;
import org.webhookorchestrator.webhook.signature.StandardWebhooksScheme;
import org.webhookorchestrator.webhook.signature.StripeScheme;
import org.webhookorchestrator.webhook.signature.TimestampedAsymmetricScheme;
import org.webhookorchestrator.webhook.signature.V0TimestampHmacScheme;
import org.webhookorchestrator.webhook.signature.Verification;
import org.webhookorchestrator.webhook.signature.VerificationKey;

/**
 * The receiver's signature check: the provider's scheme at the configured tolerance, and every configured secret, any
 * of which may match (a rotation in progress).
 */
final class DeliveryVerifier {

    private final SignatureScheme scheme;
    private final List<VerificationKey> keys;

    DeliveryVerifier(ReceiverSettings settings, Clock clock) {
        this.scheme = scheme(settings.providerId(), settings.tolerance(), clock);
        this.keys = settings.secrets().stream()
                .map(secret -> ProviderKeys.verificationKey(settings.providerId(), secret))
                .toList();
    }

    Verification verify(Delivery received) {
        return scheme.verifyWithAny(received, keys);
    }

    String schemeId() {
        return scheme.id();
    }

    /** The provider's scheme with {@code tolerance} in place of its default, where it has a timestamp. */
    static SignatureScheme scheme(String providerId, Optional<Duration> tolerance, Clock clock) {
        SignatureScheme standard = SignatureSchemes.create(clock).forProvider(providerId);
        if (tolerance.isEmpty() || standard.tolerance().isEmpty()) {
            return standard;
        }
        Duration t = tolerance.get();
        return switch (providerId) {
            case "stripe" -> new StripeScheme(clock, t);
            case "slack" -> V0TimestampHmacScheme.slack(clock, t);
            case "zoom" -> V0TimestampHmacScheme.zoom(clock, t);
            case "standard-webhooks" -> StandardWebhooksScheme.standardWebhooks(clock, t);
            case "svix" -> StandardWebhooksScheme.svix(clock, t);
            case "paddle" -> new PaddleScheme(clock, t);
            case "linear" -> new LinearScheme(clock, t);
            case "hubspot" -> new HubSpotV3Scheme(clock, t);
            case "sendgrid" -> TimestampedAsymmetricScheme.sendGrid(clock, t);
            case "discord" -> TimestampedAsymmetricScheme.discord(clock, t);
            // Verification never draws a token; the source is there because the constructor asks for one.
            case "mailgun" -> new MailgunScheme(clock, t, () -> Long.toHexString(new SecureRandom().nextLong()));
            default -> throw new IllegalStateException("no tolerance-aware constructor for " + providerId);
        };
    }
}
