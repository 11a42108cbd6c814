package org.webhookorchestrator.webhook.signature;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The scheme for each provider id, with each provider's default tolerance on one injected clock. Build a scheme
 * directly (for example {@code new StripeScheme(clock, Duration.ofMinutes(2))}) for another tolerance.
 *
 * <table>
 *   <caption>Provider ids, schemes and default tolerances</caption>
 *   <tr><th>provider</th><th>scheme</th><th>tolerance (either way)</th></tr>
 *   <tr><td>stripe</td><td>stripe-v1</td><td>300 s (SDK; SDK checks age only)</td></tr>
 *   <tr><td>github</td><td>github-sha256</td><td>none signed</td></tr>
 *   <tr><td>shopify</td><td>shopify-hmac-sha256</td><td>none signed</td></tr>
 *   <tr><td>slack</td><td>slack-v0</td><td>5 min (bolt-js)</td></tr>
 *   <tr><td>twilio</td><td>twilio-hmac-sha1</td><td>none signed</td></tr>
 *   <tr><td>standard-webhooks</td><td>standard-webhooks-v1</td><td>300 s (libraries)</td></tr>
 *   <tr><td>svix</td><td>svix-v1</td><td>300 s (libraries)</td></tr>
 *   <tr><td>square</td><td>square-hmac-sha256</td><td>none signed</td></tr>
 *   <tr><td>zoom</td><td>zoom-v0</td><td>300 s (our choice)</td></tr>
 *   <tr><td>paypal</td><td>paypal-verify-api</td><td>not checked locally</td></tr>
 *   <tr><td>paddle</td><td>paddle-h1</td><td>5 s (Node SDK)</td></tr>
 *   <tr><td>linear</td><td>linear-hmac-sha256</td><td>60 s (SDK)</td></tr>
 *   <tr><td>intercom</td><td>intercom-sha1</td><td>none signed</td></tr>
 *   <tr><td>sendgrid</td><td>sendgrid-ecdsa-p256</td><td>300 s (our choice)</td></tr>
 *   <tr><td>mailgun</td><td>mailgun-hmac-sha256</td><td>300 s (our choice)</td></tr>
 *   <tr><td>hubspot</td><td>hubspot-v3</td><td>300 000 ms (SDK)</td></tr>
 *   <tr><td>discord</td><td>discord-ed25519</td><td>300 s (our choice; SDK checks none)</td></tr>
 *   <tr><td>jira</td><td>jira-sha256</td><td>none signed</td></tr>
 *   <tr><td>gitlab</td><td>gitlab-token</td><td>none signed (a token, not a signature)</td></tr>
 * </table>
 */
public final class SignatureSchemes {

    private static final List<String> PROVIDER_IDS = List.of("stripe", "github", "shopify", "slack", "twilio",
            "standard-webhooks", "svix", "square", "zoom", "paypal", "paddle", "linear", "intercom", "sendgrid",
            "mailgun", "hubspot", "discord", "jira", "gitlab");
    private static final int MAILGUN_TOKEN_BYTES = 25; // 50 hex characters, as long as Mailgun's own tokens

    private final Map<String, SignatureScheme> byProvider;

    private SignatureSchemes(Clock clock, Supplier<String> mailgunTokens) {
        Map<String, SignatureScheme> schemes = new LinkedHashMap<>();
        schemes.put("stripe", new StripeScheme(clock));
        schemes.put("github", BodyHmacScheme.github());
        schemes.put("shopify", BodyHmacScheme.shopify());
        schemes.put("slack", V0TimestampHmacScheme.slack(clock, V0TimestampHmacScheme.SLACK_DEFAULT_TOLERANCE));
        schemes.put("twilio", new TwilioScheme());
        schemes.put("standard-webhooks",
                StandardWebhooksScheme.standardWebhooks(clock, StandardWebhooksScheme.DEFAULT_TOLERANCE));
        schemes.put("svix", StandardWebhooksScheme.svix(clock, StandardWebhooksScheme.DEFAULT_TOLERANCE));
        schemes.put("square", new SquareScheme());
        schemes.put("zoom", V0TimestampHmacScheme.zoom(clock, V0TimestampHmacScheme.ZOOM_DEFAULT_TOLERANCE));
        schemes.put("paypal", new PayPalVerifyByApiScheme());
        schemes.put("paddle", new PaddleScheme(clock));
        schemes.put("linear", new LinearScheme(clock));
        schemes.put("intercom", BodyHmacScheme.intercom());
        schemes.put("sendgrid",
                TimestampedAsymmetricScheme.sendGrid(clock, TimestampedAsymmetricScheme.SENDGRID_DEFAULT_TOLERANCE));
        schemes.put("mailgun", new MailgunScheme(clock, MailgunScheme.DEFAULT_TOLERANCE, mailgunTokens));
        schemes.put("hubspot", new HubSpotV3Scheme(clock));
        schemes.put("discord",
                TimestampedAsymmetricScheme.discord(clock, TimestampedAsymmetricScheme.DISCORD_DEFAULT_TOLERANCE));
        schemes.put("jira", BodyHmacScheme.jira());
        schemes.put("gitlab", new GitLabTokenScheme());
        if (!List.copyOf(schemes.keySet()).equals(PROVIDER_IDS)) {
            throw new IllegalStateException("the registry and PROVIDER_IDS disagree: " + schemes.keySet());
        }
        this.byProvider = Collections.unmodifiableMap(schemes);
    }

    /** The registry on {@code clock}, drawing Mailgun tokens from {@code random}. */
    public static SignatureSchemes create(Clock clock, RandomGenerator random) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        return new SignatureSchemes(clock, () -> {
            byte[] token = new byte[MAILGUN_TOKEN_BYTES];
            random.nextBytes(token);
            return HexFormat.of().formatHex(token);
        });
    }

    /** The registry on {@code clock}, drawing Mailgun tokens from a {@link SecureRandom}. */
    public static SignatureSchemes create(Clock clock) {
        return create(clock, new SecureRandom());
    }

    /** Every provider id this registry knows, in a stable order. */
    public static List<String> providerIds() {
        return PROVIDER_IDS;
    }

    /**
     * The scheme for {@code providerId}.
     *
     * @throws IllegalArgumentException naming the unknown id and the known ones
     */
    public SignatureScheme forProvider(String providerId) {
        return find(providerId).orElseThrow(() -> new IllegalArgumentException("unknown provider id: \"" + providerId
                + "\"; known ids: " + String.join(", ", byProvider.keySet())));
    }

    /** The scheme for {@code providerId}, or empty for an unknown id. */
    public Optional<SignatureScheme> find(String providerId) {
        return Optional.ofNullable(byProvider.get(Objects.requireNonNull(providerId, "providerId")));
    }
}
