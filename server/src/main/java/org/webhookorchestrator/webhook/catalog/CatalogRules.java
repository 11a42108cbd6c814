package org.webhookorchestrator.webhook.catalog;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that span more than one record, and so cannot live in a constructor: unique source keys and provider ids,
 * every cited key defined, and no VERIFIED fact without an official source.
 */
final class CatalogRules {

    private CatalogRules() {
    }

    static Map<String, Source> sourceTable(List<Source> sources) {
        Map<String, Source> table = new LinkedHashMap<>();
        for (Source source : sources) {
            if (table.putIfAbsent(source.key(), source) != null) {
                throw new CatalogException("catalog: source '" + source.key() + "' is defined twice");
            }
        }
        return Collections.unmodifiableMap(table);
    }

    static void checkProviders(List<ProviderEntry> providers, Map<String, Source> sources) {
        Set<String> ids = new HashSet<>();
        for (ProviderEntry entry : providers) {
            if (!ids.add(entry.id())) {
                throw new CatalogException("catalog: provider '" + entry.id() + "' is defined twice");
            }
            entry.facts().forEach((path, fact) -> checkCitations(entry.id(), path, fact, sources));
        }
    }

    private static void checkCitations(String id, String path, SourcedFact<?> fact, Map<String, Source> sources) {
        boolean official = false;
        for (String key : fact.sources()) {
            Source source = sources.get(key);
            if (source == null) {
                throw new CatalogException(
                        "catalog: provider '" + id + "' fact '" + path + "': cites undefined source key '" + key + "'");
            }
            official |= source.official();
        }
        if (fact.status() == FactStatus.VERIFIED && !official) {
            throw new CatalogException("catalog: provider '" + id + "' fact '" + path
                    + "': status VERIFIED requires an OFFICIAL source, but " + fact.sources()
                    + " are all secondary; mark the fact SECONDARY");
        }
    }
}
