package org.webhookorchestrator.webhook.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The brief a {@code webhook_inventory} call starts from: what is being integrated, why, and under which limits. */
@JsonClassDescription("A brief for webhook ingestion: systems, auth model, contract requirements, constraints, "
        + "objective and success criteria.")
public record InventoryRequest(
        @JsonPropertyDescription("Project id, lowercase kebab-case (e.g. billing-webhooks); groups every artifact and "
                + "audit entry of one piece of work.")
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase kebab-case")
        @Size(max = 64) String project,

        @JsonPropertyDescription("What the ingestion must achieve, in a sentence or two.")
        @NotBlank @Size(max = 2000) String objective,

        @JsonPropertyDescription("How success is judged; each criterion measurable where possible.")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> successCriteria,

        @JsonPropertyDescription("The providers that send webhooks and the services that consume them.")
        @NotNull @Valid Systems systems,

        @JsonPropertyDescription("How the receiver authenticates providers; secrets only as references.")
        @Valid AuthModel authModel,

        @JsonPropertyDescription("Requirements on the event contracts (API version pinning, schemas, fields relied on).")
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> contractRequirements,

        @JsonPropertyDescription("Security, legal, budget, timeline and staffing constraints.")
        @Valid Constraints constraints) {

    public InventoryRequest {
        contractRequirements = contractRequirements == null ? List.of() : List.copyOf(contractRequirements);
    }

    /** The systems on both sides of the webhook. */
    public record Systems(
            @JsonPropertyDescription("Providers that send webhooks, by catalog id or name (stripe, GitHub, …); an "
                    + "unknown name is accepted as a custom provider.")
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ProviderRequest> providers,

            @JsonPropertyDescription("Services that consume the events.")
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ConsumerService> consumers) {
    }

    /** A provider as the brief names it. */
    public record ProviderRequest(
            @JsonPropertyDescription("Catalog id, alias or display name (stripe, GitHub, Standard Webhooks) or the name "
                    + "of a custom provider.")
            @NotBlank @Size(max = 100) String name,

            @JsonPropertyDescription("Event types to be received (e.g. invoice.paid, push).")
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> events,

            @JsonPropertyDescription("The provider API version pinned for this integration, if any.")
            @Size(max = 100) String apiVersion,

            @JsonPropertyDescription("Anything else known about this provider's deliveries.")
            @Size(max = 2000) String notes) {

        public ProviderRequest {
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /** A service that consumes events. */
    public record ConsumerService(
            @JsonPropertyDescription("Service name (e.g. billing).")
            @NotBlank @Size(max = 100) String name,

            @JsonPropertyDescription("What it does with the events.")
            @Size(max = 2000) String description,

            @JsonPropertyDescription("Event types it consumes; empty means all the providers' events.")
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> consumes) {

        public ConsumerService {
            consumes = consumes == null ? List.of() : List.copyOf(consumes);
        }
    }

    /** How the receiver authenticates providers. */
    public record AuthModel(
            @JsonPropertyDescription("The authentication model in words (e.g. per-provider signing secrets in a vault).")
            @NotBlank @Size(max = 2000) String description,

            @JsonPropertyDescription("Where each provider's secret comes from, as a reference; never the value.")
            @Size(max = 50) List<@NotNull @Valid SecretReference> secrets) {

        public AuthModel {
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
        }
    }

    /** A reference to a secret: the server resolves it only where the operator allowed it. */
    public record SecretReference(
            @JsonPropertyDescription("The provider this secret belongs to, as named in systems.providers.")
            @NotBlank @Size(max = 100) String provider,

            @JsonPropertyDescription("env:NAME or file:PATH; the secret value itself is never accepted.")
            @NotBlank @Pattern(regexp = "^(env:[A-Za-z_][A-Za-z0-9_]{0,127}|file:[^\\x00]{1,1024})$",
                    message = "must be a reference such as env:STRIPE_WEBHOOK_SECRET or file:/run/secrets/stripe, "
                            + "never a secret value")
            String reference) {
    }

    /** The limits the design must respect; each list item is one constraint in words. */
    public record Constraints(
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> security,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> legal,
            @Size(max = 500) String budget,
            @Size(max = 500) String timeline,
            @Size(max = 500) String staffing) {

        public Constraints {
            security = security == null ? List.of() : List.copyOf(security);
            legal = legal == null ? List.of() : List.copyOf(legal);
        }
    }
}
