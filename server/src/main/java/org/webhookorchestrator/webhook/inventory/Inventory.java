package org.webhookorchestrator.webhook.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.webhookorchestrator.webhook.inventory.InventoryRequest.Constraints;

/**
 * The normalized inventory (contract {@code inventory.v1}): the brief with every provider matched to the catalog, each
 * fact with its source or marked unverified, and what is not known said out loud as unknowns, gaps and assumptions.
 * It holds no wall-clock time, so the same brief and catalog always give the same bytes.
 */
@JsonClassDescription("Normalized webhook inventory, contract inventory.v1.")
public record Inventory(
        @JsonPropertyDescription("Always inventory.v1.") @NotNull String contract,
        @NotNull String project,
        @NotNull String objective,
        List<String> successCriteria,
        @JsonPropertyDescription("SHA-256 of the provider catalog the facts were read from.") @NotNull String catalogDigest,
        List<InventoriedProvider> providers,
        List<Consumer> consumers,
        AuthSummary authModel,
        List<String> contractRequirements,
        Constraints constraints,
        @JsonPropertyDescription("Facts the design needs that no source gives.") List<Unknown> unknowns,
        @JsonPropertyDescription("What the brief leaves open, each as a question to answer.") List<Gap> gaps,
        @JsonPropertyDescription("What is taken as true without proof, with confidence.") List<Assumption> assumptions,
        @JsonPropertyDescription("Every source cited by a fact above.") List<SourceCitation> sources) {

    public static final String CONTRACT = "inventory.v1";

    public Inventory {
        successCriteria = List.copyOf(successCriteria);
        providers = List.copyOf(providers);
        consumers = List.copyOf(consumers);
        contractRequirements = List.copyOf(contractRequirements);
        unknowns = List.copyOf(unknowns);
        gaps = List.copyOf(gaps);
        assumptions = List.copyOf(assumptions);
        sources = List.copyOf(sources);
    }

    /** How a requested provider was matched. */
    public enum Match { catalog, custom }

    /** How far a fact can be trusted. */
    public enum FactStatus { verified, secondary, unverified }

    /** Confidence in an assumption. */
    public enum Confidence { high, medium, low }

    /** A provider of the brief, matched to the catalog or accepted as custom. */
    public record InventoriedProvider(
            @JsonPropertyDescription("The name as the brief gave it.") @NotNull String requestedName,
            @JsonPropertyDescription("Catalog id, or custom-<slug> for an unknown provider.") @NotNull String providerId,
            @NotNull Match match,
            @NotNull String displayName,
            List<String> events,
            String apiVersion,
            String notes,
            @JsonPropertyDescription("Catalog facts, each with status and sources.") List<Fact> facts,
            @JsonPropertyDescription("What must be answered before this provider can be designed for.")
            List<String> questions) {

        public InventoriedProvider {
            events = List.copyOf(events);
            facts = List.copyOf(facts);
            questions = List.copyOf(questions);
        }
    }

    /** One fact about a provider: a value only when a source gives it. */
    public record Fact(
            @JsonPropertyDescription("Dotted name, e.g. delivery.retryHorizonSeconds.") @NotNull String name,
            @JsonPropertyDescription("The value in words or digits; absent when unverified.") String value,
            @JsonPropertyDescription("Unit of a numeric value (s, ms, bytes), if any.") String unit,
            @NotNull FactStatus status,
            @JsonPropertyDescription("Source keys, resolved in sources.") List<String> sources,
            String note) {

        public Fact {
            sources = List.copyOf(sources);
        }
    }

    /** A consuming service. */
    public record Consumer(@NotNull String name, String description, List<String> consumes) {
        public Consumer {
            consumes = List.copyOf(consumes);
        }
    }

    /** The auth model with secret references only. */
    public record AuthSummary(String description, List<SecretRef> secrets) {
        public AuthSummary {
            secrets = List.copyOf(secrets);
        }
    }

    /** Which provider's secret comes from which reference. */
    public record SecretRef(@NotNull String providerId, @NotNull String reference) {
    }

    /** A fact the design needs that no source gives. */
    public record Unknown(@NotNull String providerId, @NotNull String fact, @NotNull String consequence) {
    }

    /** Something the brief leaves open. */
    public record Gap(@NotNull String area, @NotNull String question) {
    }

    /** Something taken as true, with how sure we are and why. */
    public record Assumption(@NotNull String statement, @NotNull Confidence confidence, @NotNull String basis) {
    }

    /** A source key and what it points at. */
    public record SourceCitation(@NotNull String key, @NotNull String citation) {
    }
}
