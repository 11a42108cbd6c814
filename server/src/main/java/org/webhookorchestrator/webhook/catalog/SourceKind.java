package org.webhookorchestrator.webhook.catalog;

/** Where a source comes from; a VERIFIED fact needs at least one {@link #OFFICIAL} source. */
public enum SourceKind {
    /** The provider's SDK code, specification or documentation. */
    OFFICIAL,
    /** The provider's staff speaking outside its docs (for example on a community forum). */
    PROVIDER_STAFF,
    /** Anyone else: blogs, other vendors' integrations, community code. */
    THIRD_PARTY
}
