package org.webhookorchestrator.skill.webhook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.ProviderFacts;

/** {@code webhook_providers}: read-only lookups in the built-in provider catalog. */
final class ProvidersTool implements SkillTool<ProvidersQuery, ProviderListing> {

    private final ProviderCatalog catalog;

    ProvidersTool(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "webhook_providers";
    }

    @Override
    public String title() {
        return "Webhook provider catalog";
    }

    @Override
    public String description() {
        return "Looks up providers in the built-in catalog by id, alias or name: how each signs (scheme, headers, "
                + "tolerance, rotation) and delivers (idempotency key, retries, timeout, ordering, IPs, payload "
                + "limits), every fact with its source or marked unverified. Unknown names come back with candidates.";
    }

    @Override
    public Class<ProvidersQuery> inputType() {
        return ProvidersQuery.class;
    }

    @Override
    public Class<ProviderListing> outputType() {
        return ProviderListing.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.lookup();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.empty();
    }

    @Override
    public ToolOutcome<ProviderListing> call(ProvidersQuery query, ToolContext context) {
        ProviderListing listing = lookup(query.names());
        return ToolOutcome.success(listing, markdown(listing));
    }

    ProviderListing lookup(List<String> names) {
        List<ProviderEntry> found = new ArrayList<>();
        List<ProviderListing.NotFound> missing = new ArrayList<>();
        if (names.isEmpty()) {
            found.addAll(catalog.all());
        }
        for (String name : names) {
            catalog.find(name).ifPresentOrElse(e -> {
                if (!found.contains(e)) {
                    found.add(e);
                }
            }, () -> missing.add(new ProviderListing.NotFound(name, candidates(name))));
        }
        Set<String> keys = new TreeSet<>();
        List<ProviderListing.ProviderCard> cards = found.stream().map(e -> {
            e.facts().values().forEach(f -> keys.addAll(f.sources()));
            return new ProviderListing.ProviderCard(e.id(), e.displayName(), e.aliases(), ProviderFacts.of(e));
        }).toList();
        List<Inventory.SourceCitation> sources = keys.stream().map(k -> new Inventory.SourceCitation(k,
                catalog.sources().containsKey(k) ? catalog.sources().get(k).citation() : "(unknown source)")).toList();
        return new ProviderListing(cards, missing, sources);
    }

    private List<String> candidates(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return catalog.all().stream().map(ProviderEntry::id)
                .sorted(Comparator.comparingInt((String id) -> distance(n, id)).thenComparing(id -> id))
                .limit(3).toList();
    }

    /** Levenshtein distance: enough to suggest "github" for "guthub". */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String markdown(ProviderListing listing) {
        StringBuilder md = new StringBuilder();
        for (ProviderListing.ProviderCard card : listing.providers()) {
            md.append("## ").append(card.displayName()).append(" (`").append(card.id()).append("`)\n\n");
            md.append("| fact | value | status | sources |\n|---|---|---|---|\n");
            for (Inventory.Fact f : card.facts()) {
                md.append("| ").append(f.name()).append(" | ")
                        .append(f.value() == null ? "—" : f.value() + (f.unit() == null ? "" : " " + f.unit()))
                        .append(" | ").append(f.status()).append(" | ").append(String.join(", ", f.sources()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        for (ProviderListing.NotFound nf : listing.notFound()) {
            md.append("Not in the catalog: **").append(nf.name()).append("** (nearest: ")
                    .append(String.join(", ", nf.candidates()))
                    .append("). It can still be inventoried as a custom provider.\n");
        }
        return md.toString();
    }
}
