package org.webhookorchestrator.webhook.catalog;

/**
 * The provider catalog is unreadable or breaks a rule. The message names the provider (or source), the path of the
 * fact or field, and what is wrong, e.g. {@code catalog: provider 'stripe' fact 'delivery.retryHorizonSeconds':
 * status VERIFIED requires at least one source key}.
 */
public final class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
