package org.webhookorchestrator.webhook.handoff;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.webhookorchestrator.webhook.design.OpenQuestion;
import org.webhookorchestrator.webhook.design.PlanStep;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.Validation;

/**
 * The handoff packet (contract {@code handoff.v1}) for the next owner: what was decided and within which boundary,
 * how to execute it, what can go wrong and who owns it, what was proven, what is still open, who depends on whom,
 * what to do next, how to run it, and the audit entries every decision rests on.
 */
@JsonClassDescription("Handoff packet of a webhook ingestion design, contract handoff.v1.")
public record HandoffPacket(
        @JsonPropertyDescription("Always handoff.v1.") @NotNull String contract,
        @NotNull String project,
        @NotNull Objective objective,
        @NotNull DecisionBoundary decisionBoundary,
        List<PlanStep> executionPlan,
        List<Risk> riskRegister,
        @NotNull ValidationSummary validation,
        List<Dependency> dependencies,
        List<NextAction> nextActions,
        List<OpenQuestion> openQuestions,
        @NotNull Runbook runbook,
        @JsonPropertyDescription("The audit entries of the inventory, the design and the validation.")
        List<AuditReference> auditReferences) {

    public static final String CONTRACT = "handoff.v1";

    public HandoffPacket {
        executionPlan = List.copyOf(executionPlan);
        riskRegister = List.copyOf(riskRegister);
        dependencies = List.copyOf(dependencies);
        nextActions = List.copyOf(nextActions);
        openQuestions = List.copyOf(openQuestions);
        auditReferences = List.copyOf(auditReferences);
    }

    /** The objective as the project stated it. */
    public record Objective(@NotNull String objective, List<String> successCriteria) {
        public Objective {
            successCriteria = List.copyOf(successCriteria);
        }
    }

    /** What was decided (with the artifacts that hold it) and what the next owner still decides. */
    public record DecisionBoundary(@NotNull String inventoryId, @NotNull String designId, @NotNull String validationId,
                                   List<String> decided, List<String> leftToTheNextOwner) {
        public DecisionBoundary {
            decided = List.copyOf(decided);
            leftToTheNextOwner = List.copyOf(leftToTheNextOwner);
        }
    }

    /** The validation's verdict and the items that did not pass. */
    public record ValidationSummary(@NotNull Validation.Summary summary, @NotNull String stagedRun,
                                    List<ChecklistItem> checklist) {
        public ValidationSummary {
            checklist = List.copyOf(checklist);
        }
    }

    /** Something the ingestion depends on, and the role that owns it. */
    public record Dependency(@NotNull String name, @NotNull String kind, @NotNull String ownerRole) {
    }

    /** A next action and its owner role, in order. */
    public record NextAction(@NotNull String action, @NotNull String ownerRole) {
    }

    /** How to run the ingestion once it is live. */
    public record Runbook(@NotNull String onCallRole, List<Alert> alerts, List<String> replay,
                          List<String> secretRotation, List<String> incidentSteps) {
        public Runbook {
            alerts = List.copyOf(alerts);
            replay = List.copyOf(replay);
            secretRotation = List.copyOf(secretRotation);
            incidentSteps = List.copyOf(incidentSteps);
        }
    }

    /** An alert: what fires it (with its threshold, from the design) and who is paged. */
    public record Alert(@NotNull String name, @NotNull String condition, @NotNull String ownerRole) {
    }

    /** Where a decision is recorded: the artifact, its audit entry's sequence and hash. */
    public record AuditReference(@NotNull String artifactId, long sequence, @NotNull String entryHash) {
    }
}
