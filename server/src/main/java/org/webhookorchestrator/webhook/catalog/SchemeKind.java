package org.webhookorchestrator.webhook.catalog;

/** What a provider's authentication proves about a delivery. */
public enum SchemeKind {
    /** A keyed digest over the content, with a shared secret. */
    HMAC,
    /** A signature that the receiver checks with the provider's public key or certificate. */
    PUBLIC_KEY,
    /** The shared secret itself travels with every delivery; nothing is signed. */
    SHARED_TOKEN
}
