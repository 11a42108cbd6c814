/**
 * The built-in provider catalog: what each webhook provider's SDKs and docs say about signing and delivery, each fact
 * with its sources or marked unverified, transcribed from the project's provider fact sheet into
 * {@code catalog/providers.json}. Pure domain: nothing here knows about MCP, HTTP or the command line.
 *
 * <p>Start at {@link org.webhookorchestrator.webhook.catalog.ProviderCatalog#loadBuiltIn()}; an entry's typed
 * accessors ({@code retryHorizon()}, {@code ackDeadline()}, {@code idempotencyKey()}, ...) return
 * {@link org.webhookorchestrator.webhook.catalog.SourcedFact}s, so a caller always sees how sure a value is.
 */
package org.webhookorchestrator.webhook.catalog;
