package org.webhookorchestrator.webhook.catalog;

/**
 * The value a receiver deduplicates deliveries on: a header name, or a dotted path into the JSON body
 * ({@code signature.token}).
 */
public record IdempotencyKey(KeyLocation location, String name) {

    public IdempotencyKey {
        FieldViolation.requirePresent("location", location);
        FieldViolation.requireText("name", name);
    }

    public static IdempotencyKey header(String name) {
        return new IdempotencyKey(KeyLocation.HEADER, name);
    }

    public static IdempotencyKey bodyField(String path) {
        return new IdempotencyKey(KeyLocation.BODY, path);
    }
}
