package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.webhookorchestrator.webhook.design.Design;

/** What to validate and how: a design by id or inline, and whether to run the receiver grader. */
public record ValidateRequest(
        @JsonPropertyDescription("Id of a design recorded earlier (design-<32 hex>), as webhook_design returned it.")
        @Pattern(regexp = "^design-[0-9a-f]{32}$", message = "must be a design id such as design-<32 hex>")
        String designId,

        @JsonPropertyDescription("A design.v1 artifact given inline instead of by id.")
        @Valid Design design,

        @JsonPropertyDescription("Also run the receiver grader: against the bundled reference receiver configured "
                + "from the design (the default), or against target. Sends real signed deliveries on loopback; "
                + "reports MCP progress.")
        Boolean staged,

        @JsonPropertyDescription("A staging receiver to grade instead of the reference receiver; only hosts the "
                + "operator allowed when starting the server are accepted, and loopback.")
        @Valid Target target) {

    public boolean stagedRun() {
        return Boolean.TRUE.equals(staged) || target != null;
    }

    /** A staging receiver: where it listens, for which provider, and the secret by reference. */
    public record Target(
            @JsonPropertyDescription("The receiver's webhook URL (http or https).")
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://.+", message = "must be an http or https URL")
            String url,

            @JsonPropertyDescription("Which of the design's providers the receiver serves (catalog id).")
            @NotBlank @Size(max = 100) String provider,

            @JsonPropertyDescription("The signing secret by reference (env:NAME or file:PATH); the operator must "
                    + "have allowed the reference.")
            @NotBlank @Pattern(regexp = "^(env:[A-Za-z_][A-Za-z0-9_]{0,127}|file:[^\\x00]{1,1024})$",
                    message = "must be a reference such as env:STAGING_STRIPE_SECRET, never a secret value")
            String secret,

            @JsonPropertyDescription("The receiver's effects probe URL, if it exposes one (see docs/effects-probe.md).")
            @Size(max = 2000) @Pattern(regexp = "^https?://.+", message = "must be an http or https URL")
            String probeUrl) {
    }
}
