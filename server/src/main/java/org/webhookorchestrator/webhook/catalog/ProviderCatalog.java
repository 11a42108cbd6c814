package org.webhookorchestrator.webhook.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The provider catalog: every entry with its sourced facts and the source table those facts cite. The built-in catalog
 * is the classpath resource {@value #BUILT_IN}, transcribed from the provider fact sheet; it is checked in full when
 * loaded, and any broken rule is a {@link CatalogException} naming the provider and the fact.
 *
 * <p>Lookup accepts the id, the display name or an alias, in any case, with spaces, hyphens and underscores treated
 * alike: {@code "Standard Webhooks"}, {@code "standard_webhooks"} and {@code "clerk"} (an alias of svix) all resolve.
 */
public final class ProviderCatalog {

    public static final String BUILT_IN = "/catalog/providers.json";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private static ProviderCatalog builtIn;

    private final Map<String, Source> sources;
    private final List<ProviderEntry> providers;
    private final Map<String, ProviderEntry> byName;
    private final String digest;

    ProviderCatalog(List<Source> sources, List<ProviderEntry> providers, String digest) {
        this.sources = CatalogRules.sourceTable(sources);
        CatalogRules.checkProviders(providers, this.sources);
        this.providers = providers.stream().sorted(Comparator.comparing(ProviderEntry::id)).toList();
        this.byName = nameIndex(this.providers);
        this.digest = digest;
    }

    /** The built-in catalog; read once, then shared (it is immutable). */
    public static synchronized ProviderCatalog loadBuiltIn() {
        if (builtIn == null) {
            try (InputStream in = ProviderCatalog.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new CatalogException("catalog: resource " + BUILT_IN + " is missing from the classpath");
                }
                builtIn = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + BUILT_IN, e);
            }
        }
        return builtIn;
    }

    /** Reads and checks a catalog; the caller closes the stream. */
    public static ProviderCatalog load(InputStream in) {
        return CatalogReader.read(Objects.requireNonNull(in, "in"));
    }

    public static ProviderCatalog parse(String json) {
        return load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The entry whose id, display name or alias is {@code idOrAlias}; empty for an unknown or blank name. */
    public Optional<ProviderEntry> find(String idOrAlias) {
        return idOrAlias == null ? Optional.empty() : Optional.ofNullable(byName.get(lookupKey(idOrAlias)));
    }

    /** Every entry, sorted by id. */
    public List<ProviderEntry> all() {
        return providers;
    }

    /** The source table by key, in the order of the catalog file. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** The sources a fact cites, in the order it cites them. */
    public List<Source> citations(SourcedFact<?> fact) {
        return fact.sources().stream().map(sources::get).toList();
    }

    /** SHA-256 (hex) of the catalog's canonical JSON, so that an artifact can name the catalog it was built from. */
    public String digest() {
        return digest;
    }

    /** The form every name is compared in: trimmed, lower case, runs of spaces, hyphens and underscores as one '-'. */
    static String lookupKey(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private static Map<String, ProviderEntry> nameIndex(List<ProviderEntry> providers) {
        Map<String, ProviderEntry> index = new HashMap<>();
        for (ProviderEntry entry : providers) {
            claim(index, entry, entry.id(), "id", entry.id());
            claim(index, entry, lookupKey(entry.displayName()), "displayName", entry.displayName());
            for (int i = 0; i < entry.aliases().size(); i++) {
                String alias = entry.aliases().get(i);
                ProviderEntry holder = index.get(lookupKey(alias));
                if (holder == entry) {
                    throw new CatalogException("catalog: provider '" + entry.id() + "' field 'aliases[" + i
                            + "]': '" + alias + "' repeats another name of the same provider");
                }
                claim(index, entry, lookupKey(alias), "aliases[" + i + "]", alias);
            }
        }
        return Map.copyOf(index);
    }

    private static void claim(Map<String, ProviderEntry> index, ProviderEntry entry, String key, String field,
            String name) {
        ProviderEntry holder = index.putIfAbsent(key, entry);
        if (holder != null && holder != entry) {
            throw new CatalogException("catalog: provider '" + entry.id() + "' field '" + field + "': '" + name
                    + "' is already a name of provider '" + holder.id() + "'");
        }
    }
}
