package org.webhookorchestrator.artifact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A content address: {@code <kind>-<first 32 hex digits of SHA-256(canonical JSON)>}. The kind keeps ids readable in a
 * log ("design-…" vs "inventory-…"); 128 bits of the digest keep collisions out of reach for any audit log's lifetime.
 */
public record ArtifactId(String value) {

    private static final Pattern FORM = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9a-f]{32}$");

    public ArtifactId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid artifact id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The id of {@code content} as an artifact of {@code kind}. */
    public static ArtifactId of(String kind, Object content) {
        return new ArtifactId(kind + "-" + sha256Hex(CanonicalJson.bytes(content)).substring(0, 32));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public String kind() {
        return value.substring(0, value.length() - 33);
    }

    @Override
    public String toString() {
        return value;
    }
}
