package org.webhookorchestrator.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A symmetric secret held by sender and receiver alike: an HMAC key, or GitLab's plaintext token.
 *
 * <p>How a provider's secret string becomes key bytes differs, and getting it wrong is the commonest verification
 * bug: Stripe, GitHub, Slack, Square and most others use the string's UTF-8 bytes as they are ({@link #utf8}), even
 * when it looks like {@code whsec_…} (Stripe); Standard Webhooks and Svix base64-decode what follows {@code whsec_}
 * ({@link #standardWebhooks}).
 *
 * <p>The bytes never leave this package and {@link #toString()} never shows them.
 */
public final class SharedSecret implements SigningKey, VerificationKey {

    private static final String STANDARD_WEBHOOKS_PREFIX = "whsec_";

    private final byte[] bytes;

    private SharedSecret(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a shared secret must not be empty");
        }
        this.bytes = bytes;
    }

    /** The secret's UTF-8 bytes used verbatim as the key (Stripe's {@code whsec_…} included). */
    public static SharedSecret utf8(String secret) {
        return new SharedSecret(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
    }

    /** Raw key bytes. */
    public static SharedSecret ofBytes(byte[] key) {
        return new SharedSecret(Objects.requireNonNull(key, "key").clone());
    }

    /**
     * A Standard Webhooks or Svix secret: {@code whsec_} followed by base64, the key being the decoded bytes. The
     * prefix is optional, as in the official libraries.
     *
     * @throws IllegalArgumentException if what follows the prefix is not base64 (the message does not echo it)
     */
    public static SharedSecret standardWebhooks(String secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(STANDARD_WEBHOOKS_PREFIX)
                ? secret.substring(STANDARD_WEBHOOKS_PREFIX.length())
                : secret;
        try {
            return new SharedSecret(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a Standard Webhooks secret is whsec_ followed by base64; this one is"
                    + " not valid base64");
        }
    }

    /** The key bytes, not copied: callers in this package only read them. */
    byte[] bytes() {
        return bytes;
    }

    /** The secret as text, for token schemes that send it as it is. */
    String asUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SharedSecret[redacted]";
    }
}
