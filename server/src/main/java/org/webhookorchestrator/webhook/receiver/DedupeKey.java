package org.webhookorchestrator.webhook.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.catalog.IdempotencyKey;
import org.webhookorchestrator.webhook.catalog.KeyLocation;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.signature.Delivery;

/**
 * The value a delivery is deduplicated on, as the effects probe names it (docs/effects-probe.md): the provider's
 * idempotency key from the catalog (a header's value, or a body field's value found by its dotted path; for a JSON
 * array body, the field of every element joined by commas), or, when the catalog knows no key or the delivery lacks
 * it, {@code sha256:} and the lowercase hex SHA-256 of the raw body.
 */
public final class DedupeKey {

    public static final String DIGEST_PREFIX = "sha256:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DedupeKey() {
    }

    /** The key of {@code delivery} for {@code provider}. */
    public static String of(ProviderEntry provider, Delivery delivery) {
        Optional<IdempotencyKey> key = provider.idempotencyKey().optionalValue();
        return key.flatMap(k -> find(k, delivery)).orElseGet(() -> digest(delivery.body()));
    }

    /** The body-digest fallback key. */
    public static String digest(byte[] body) {
        try {
            return DIGEST_PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static Optional<String> find(IdempotencyKey key, Delivery delivery) {
        if (key.location() == KeyLocation.HEADER) {
            return delivery.headers().first(key.name()).map(String::strip).filter(value -> !value.isEmpty());
        }
        JsonNode body;
        try {
            body = JSON.readTree(delivery.body());
        } catch (IOException e) {
            return Optional.empty(); // not JSON: only the digest identifies it
        }
        if (body == null) {
            return Optional.empty();
        }
        if (body.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : body) {
                Optional<String> value = field(element, key.name());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                values.add(value.get());
            }
            return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
        }
        return field(body, key.name());
    }

    private static Optional<String> field(JsonNode node, String dottedPath) {
        JsonNode current = node;
        for (String part : dottedPath.split("\\.")) {
            current = current.path(part);
        }
        return current.isValueNode() && !current.asText().isEmpty() ? Optional.of(current.asText()) : Optional.empty();
    }
}
