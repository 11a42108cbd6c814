package org.webhookorchestrator.webhook.catalog;

/** How well a catalog fact is supported, in the terms of the provider fact sheet. */
public enum FactStatus {
    /** Official SDK code or the provider's own documentation supports the value. */
    VERIFIED,
    /** Only material outside the provider's SDKs and docs supports the value. */
    SECONDARY,
    /** No source was found; the fact carries no value, only perhaps a note. */
    UNVERIFIED
}
