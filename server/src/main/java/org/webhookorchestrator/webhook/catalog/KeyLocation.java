package org.webhookorchestrator.webhook.catalog;

/** Where a delivery carries its idempotency key. */
public enum KeyLocation {
    HEADER,
    /** A field of the JSON body, named by a dotted path. */
    BODY
}
