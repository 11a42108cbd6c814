package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** Catalog entries with every fact and its standing, and the names that matched nothing. */
public record ProviderListing(
        List<ProviderCard> providers,
        @JsonPropertyDescription("Names that matched no entry, each with close candidates.") List<NotFound> notFound,
        @JsonPropertyDescription("Every source cited above.") List<Inventory.SourceCitation> sources) {

    /** One catalog entry. */
    public record ProviderCard(String id, String displayName, List<String> aliases, List<Inventory.Fact> facts) {
    }

    /** A name that matched nothing; {@code candidates} are the nearest ids. */
    public record NotFound(String name, List<String> candidates) {
    }
}
