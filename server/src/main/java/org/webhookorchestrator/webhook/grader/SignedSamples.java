package org.webhookorchestrator.webhook.grader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SigningKey;

/**
 * Deliveries signed exactly as the grader signs them, for cross-checking the emulator against the providers' own
 * libraries: {@code count} valid ones on non-canonical bodies, one signed during a rotation where the scheme carries
 * several signatures, and one tampered after signing.
 */
public final class SignedSamples {

    private SignedSamples() {
    }

    public static List<SignedSample> make(ProviderEntry provider, URI url, String signingSecret, int count)
            throws Exception {
        SecureRandom random = new SecureRandom();
        SigningKey key = ProviderKeys.signingKey(provider.id(), signingSecret);
        List<SignedSample> samples = new ArrayList<>();
        try (ProviderEmulator emulator = new ProviderEmulator(provider, url, key, Clock.systemUTC(), random)) {
            for (int i = 0; i < count; i++) {
                samples.add(new SignedSample("valid",
                        emulator.sign(emulator.draft(BodyStyle.NON_CANONICAL), emulator.now())));
            }
            if (emulator.scheme().supportsSeveralSignatures()) {
                SigningKey retiring = ProviderKeys.signingKey(provider.id(),
                        ProviderKeys.generate(provider.id(), random).signing());
                samples.add(new SignedSample("rotation", emulator.sign(emulator.draft(BodyStyle.NON_CANONICAL),
                        List.of(retiring, key), emulator.now())));
            }
            Delivery signed = emulator.sign(emulator.draft(BodyStyle.CANONICAL), emulator.now());
            String body = new String(signed.body(), StandardCharsets.UTF_8);
            samples.add(new SignedSample("tampered", signed.withBody(body.replace(EventBodies.AMOUNT_FIELD,
                    EventBodies.TAMPERED_AMOUNT_FIELD).getBytes(StandardCharsets.UTF_8))));
        }
        return samples;
    }
}
