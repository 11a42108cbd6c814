package org.webhookorchestrator.skill.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.AuditRef;
import org.webhookorchestrator.skill.DecisionLog;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.grader.ProgressListener;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.StagedRun;
import org.webhookorchestrator.webhook.validation.StagingPolicy;
import org.webhookorchestrator.webhook.validation.StaticValidation;
import org.webhookorchestrator.webhook.validation.Validation;

/** {@code webhook_validate}: static checks of a design and, on request, a staged run of the receiver grader. */
final class ValidateTool implements SkillTool<ValidateRequest, ValidationResult> {

    static final String NAME = "webhook_validate";

    private final ProviderCatalog catalog;
    private final DecisionLog decisions;
    private final StagingPolicy policy;
    private final SecretRedactor redactor;
    private final UnaryOperator<String> resolveSecret;
    private final PhaseRecorder phases;

    /**
     * @param redactor knows every secret a staged run makes or resolves, and passes it on to the audit log's screen
     * @param resolveSecret resolves an {@code env:}/{@code file:} reference the policy allowed
     */
    ValidateTool(ProviderCatalog catalog, DecisionLog decisions, StagingPolicy policy, SecretRedactor redactor,
                 UnaryOperator<String> resolveSecret, PhaseRecorder phases) {
        this.phases = phases;
        this.catalog = catalog;
        this.decisions = decisions;
        this.policy = policy;
        this.redactor = redactor;
        this.resolveSecret = resolveSecret;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Validate a webhook design";
    }

    @Override
    public String description() {
        return "Validates a design (by designId from webhook_design, or inline): static checks re-derived from the "
                + "provider catalog (ack deadline under the provider timeout, dedupe TTL over the retry horizon, "
                + "replay protection, reconciliation, payload limit, retry policy, threat coverage, risk owners, "
                + "rollout gates, every number with a basis), and with staged=true the receiver grader's signed "
                + "deliveries with faults against a reference receiver built from the design, or an operator-allowed "
                + "staging receiver. Each item has criterion, metric, threshold, method, observed value and status.";
    }

    @Override
    public Class<ValidateRequest> inputType() {
        return ValidateRequest.class;
    }

    @Override
    public Class<ValidationResult> outputType() {
        return ValidationResult.class;
    }

    @Override
    public ToolHints hints() {
        // A staged run sends real deliveries, but only to loopback or hosts the operator allowed: not open world.
        return ToolHints.recordsArtifact();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.of(new ArtifactContract("validation", "v1", Validation.class));
    }

    @Override
    public ToolOutcome<ValidationResult> call(ValidateRequest request, ToolContext context) {
        var design = ArtifactInput.resolve(request.designId(), request.design(), Design.class, "design", "designId",
                "design", "webhook_design", decisions);
        if (request.design() != null && decisions.recordOf(design.id()).isEmpty()) {
            // A validation must rest on a design the log holds, so a handoff can cite it: record the inline one.
            decisions.record(new DecisionLog.Decision(NAME, design.artifact().project(), context.client(),
                    context.session(), ArtifactId.sha256Hex(CanonicalJson.bytes(design.artifact())), design.id(),
                    design.artifact(), "design " + design.id() + " received inline for validation",
                    "not made by webhook_design in this log; recorded so the validation and any handoff can cite it"));
        }
        List<ChecklistItem> items = new ArrayList<>(new StaticValidation(catalog).check(design.artifact()));
        String staged = "none";
        String where = null;
        if (request.stagedRun()) {
            StagedRun run = new StagedRun(catalog, redactor, new SecureRandom());
            ProgressListener progress = context::progress;
            try {
                if (request.target() == null) {
                    staged = "reference-receiver";
                    where = "the bundled reference receiver on 127.0.0.1, configured from the design";
                    items.addAll(run.againstReferenceReceiver(design.artifact(), progress));
                } else {
                    staged = "target";
                    where = request.target().url();
                    items.addAll(againstTarget(run, design.artifact(), request.target(), progress));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ToolOutcome.refusal(interrupted());
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException("staged run failed", e);
            }
        }
        Validation validation = new Validation(Validation.CONTRACT, design.artifact().project(), design.id(),
                catalog.digest(), staged, where, items, Validation.Summary.of(items));
        ArtifactId id = ArtifactId.of("validation", validation);
        Orchestration orchestration = phases.advance(validation.project(), Phase.validate, id.value(), null);
        DecisionLog.Recorded recorded = decisions.record(new DecisionLog.Decision(NAME, validation.project(),
                context.client(), context.session(), ArtifactId.sha256Hex(CanonicalJson.bytes(request)), id.value(),
                validation, decision(validation), "static checks re-derived from catalog "
                        + catalog.digest().substring(0, 12) + "; staged run: " + staged
                        + OrchestrationNote.of(orchestration)));
        return ToolOutcome.success(new ValidationResult(id.value(), validation, AuditRef.of(recorded),
                orchestration), ValidationMarkdown.render(id.value(), validation)
                + OrchestrationNote.markdown(orchestration));
    }

    private List<ChecklistItem> againstTarget(StagedRun run, Design design, ValidateRequest.Target target,
                                              ProgressListener progress) throws InterruptedException {
        URI url = URI.create(target.url());
        try {
            policy.targets().check(url);
            if (target.probeUrl() != null) {
                policy.targets().check(URI.create(target.probeUrl()));
            }
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage() + " when starting the server", "target.url");
        }
        ProviderDesign provider = design.providers().stream()
                .filter(p -> p.providerId().equals(target.provider())).findFirst()
                .orElseThrow(() -> refuse("the design has no provider " + target.provider(), "target.provider"));
        if (!policy.mayResolve(target.secret())) {
            throw refuse("the operator has not allowed the server to resolve " + target.secret()
                    + " (start it with --allow-secret-ref and a prefix of that reference)", "target.secret");
        }
        String secret;
        try {
            secret = resolveSecret.apply(target.secret());
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage(), "target.secret");
        }
        try {
            redactor.register("staging secret " + target.secret(), secret);
        } catch (IllegalArgumentException e) {
            // Too short to screen for safely (ordinary text could contain it), so it is not used at all.
            throw refuse("the secret behind " + target.secret() + " is too short to be kept out of logs and "
                    + "results safely; use a real signing secret", "target.secret");
        }
        return run.againstTarget(design, provider, url, secret,
                Optional.ofNullable(target.probeUrl()).map(URI::create), progress);
    }

    private static EscalationException refuse(String problem, String field) {
        return new EscalationException(new Escalation(
                "the staged run cannot go ahead: " + problem, "no deliveries were sent; nothing was recorded",
                List.of("validate against the bundled reference receiver (leave target out)",
                        "ask the operator to allow the target host and secret reference when starting the server"),
                "validate against the reference receiver now; stage the real receiver once the operator allows it",
                List.of(new Escalation.Detail(field, problem))), null);
    }

    private static Escalation interrupted() {
        return new Escalation("the staged run was interrupted", "no validation was recorded",
                List.of("call webhook_validate again"), "call again", List.of());
    }

    private static String decision(Validation v) {
        var s = v.summary();
        return "validation of " + v.designId() + ": " + s.passed() + " passed, " + s.failed() + " failed, "
                + s.notObservable() + " not observable, " + s.notApplicable() + " not applicable"
                + (s.blocking() ? " (blocking)" : "");
    }
}
