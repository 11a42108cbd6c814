package org.webhookorchestrator.webhook.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.webhookorchestrator.webhook.catalog.FactStatus;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.catalog.Source;
import org.webhookorchestrator.webhook.inventory.Inventory.Assumption;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;
import org.webhookorchestrator.webhook.inventory.Inventory.Fact;
import org.webhookorchestrator.webhook.inventory.Inventory.InventoriedProvider;
import org.webhookorchestrator.webhook.inventory.Inventory.SourceCitation;
import org.webhookorchestrator.webhook.inventory.Inventory.Unknown;
import org.webhookorchestrator.webhook.inventory.InventoryRequest.ProviderRequest;

/**
 * Turns a brief into the normalized inventory: providers matched to the catalog (or accepted as custom with the
 * questions that must be answered), facts copied with their standing, and every unknown, gap and assumption stated.
 * It is a pure function of the brief and the catalog: same inputs, same inventory.
 */
public final class InventoryNormalizer {

    private final ProviderCatalog catalog;
    private final String catalogDigest;

    public InventoryNormalizer(ProviderCatalog catalog, String catalogDigest) {
        this.catalog = catalog;
        this.catalogDigest = catalogDigest;
    }

    /** The inventory, or the problems that stop one being made (each with its field path). */
    public record Outcome(Inventory inventory, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A problem with the brief that binding could not see: it needs the catalog to be found. */
    public record Problem(String path, String message) {
    }

    public Outcome normalize(InventoryRequest brief) {
        List<Problem> problems = new ArrayList<>();
        List<InventoriedProvider> providers = new ArrayList<>();
        List<Unknown> unknowns = new ArrayList<>();
        List<Assumption> assumptions = new ArrayList<>();
        Set<String> sourceKeys = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> idByRequestedName = new HashMap<>();

        List<ProviderRequest> requested = brief.systems().providers();
        for (int i = 0; i < requested.size(); i++) {
            ProviderRequest p = requested.get(i);
            Optional<ProviderEntry> entry = catalog.find(p.name());
            String id = entry.map(ProviderEntry::id).orElseGet(() -> CustomProvider.id(p.name()));
            Integer earlier = seen.putIfAbsent(id, i);
            if (earlier != null) {
                problems.add(new Problem("systems.providers[" + i + "].name", "names the same provider (" + id
                        + ") as systems.providers[" + earlier + "]; list each provider once"));
                continue;
            }
            idByRequestedName.put(normalizedName(p.name()), id);
            if (entry.isPresent()) {
                providers.add(fromCatalog(p, entry.get(), unknowns, assumptions, sourceKeys));
            } else {
                providers.add(CustomProvider.inventory(p, id));
                unknowns.addAll(CustomProvider.unknowns(id));
                assumptions.add(new Assumption(p.name() + " is not in the built-in catalog and is treated as a custom "
                        + "provider; nothing is assumed about how it signs, retries or times out",
                        Confidence.high, "no catalog entry matches the name '" + p.name() + "'"));
            }
        }

        List<Inventory.SecretRef> secrets = new ArrayList<>();
        if (brief.authModel() != null) {
            for (int i = 0; i < brief.authModel().secrets().size(); i++) {
                var ref = brief.authModel().secrets().get(i);
                String id = idByRequestedName.get(normalizedName(ref.provider()));
                if (id == null) {
                    id = catalog.find(ref.provider()).map(ProviderEntry::id)
                            .filter(seen::containsKey).orElse(null);
                }
                if (id == null) {
                    problems.add(new Problem("authModel.secrets[" + i + "].provider", "'" + ref.provider()
                            + "' is not one of the providers in systems.providers"));
                } else {
                    secrets.add(new Inventory.SecretRef(id, ref.reference()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }

        Inventory inventory = new Inventory(
                Inventory.CONTRACT,
                brief.project(),
                brief.objective().strip(),
                brief.successCriteria().stream().map(String::strip).toList(),
                catalogDigest,
                providers,
                brief.systems().consumers().stream()
                        .map(c -> new Inventory.Consumer(c.name(), blankToNull(c.description()), c.consumes()))
                        .toList(),
                brief.authModel() == null ? null
                        : new Inventory.AuthSummary(brief.authModel().description().strip(), secrets),
                brief.contractRequirements(),
                brief.constraints(),
                unknowns,
                BriefGaps.of(brief, providers, secrets),
                assumptions,
                citations(sourceKeys));
        return new Outcome(inventory, List.of());
    }

    private InventoriedProvider fromCatalog(ProviderRequest p, ProviderEntry entry, List<Unknown> unknowns,
                                            List<Assumption> assumptions, Set<String> sourceKeys) {
        List<Fact> facts = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        Set<String> secondaryFacts = new LinkedHashSet<>();
        entry.facts().forEach((name, fact) -> {
            facts.add(FactRendering.render(name, fact));
            sourceKeys.addAll(fact.sources());
            if (fact.status() == FactStatus.UNVERIFIED) {
                DesignRelevance.of(name).ifPresent(relevance -> {
                    unknowns.add(new Unknown(entry.id(), name, relevance.consequence()));
                    questions.add(relevance.question(entry.displayName()));
                });
            } else if (fact.status() == FactStatus.SECONDARY) {
                secondaryFacts.add(name);
            }
        });
        if (!secondaryFacts.isEmpty()) {
            assumptions.add(new Assumption(entry.displayName() + "'s " + String.join(", ", secondaryFacts)
                    + " hold as third-party sources state", Confidence.medium,
                    "only secondary sources support these facts; confirm them with the provider before relying on "
                            + "them in production"));
        }
        if (p.events().isEmpty()) {
            assumptions.add(new Assumption("every event type " + entry.displayName() + " sends is received",
                    Confidence.low, "the brief names no event types for " + p.name()));
        }
        return new InventoriedProvider(p.name(), entry.id(), Inventory.Match.catalog, entry.displayName(), p.events(),
                blankToNull(p.apiVersion()), blankToNull(p.notes()), facts, questions);
    }

    private List<SourceCitation> citations(Set<String> keys) {
        Map<String, Source> all = catalog.sources();
        List<SourceCitation> out = new ArrayList<>();
        for (String key : keys) {
            Source s = all.get(key);
            out.add(new SourceCitation(key, s == null ? "(not in the catalog's source table)" : s.citation()));
        }
        return out;
    }

    static String normalizedName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
