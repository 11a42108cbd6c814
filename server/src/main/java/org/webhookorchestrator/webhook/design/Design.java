package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.webhookorchestrator.webhook.inventory.Inventory;

/**
 * The connector and failure-handling design (contract {@code design.v1}). Every number in it is a provider fact with
 * its sources, a figure derived by a named rule from stated inputs, a caller's constraint, an engine policy with its
 * rationale, or an assumption listed below. It holds no wall-clock time: the same inventory and constraints always
 * give the same bytes.
 */
@JsonClassDescription("Webhook ingestion design, contract design.v1.")
public record Design(
        @JsonPropertyDescription("Always design.v1.") String contract,
        String project,
        String objective,
        List<String> successCriteria,
        @JsonPropertyDescription("Content address of the inventory this design derives from.") String inventoryId,
        String catalogDigest,
        ResolvedConstraints constraints,
        List<ProviderDesign> providers,
        Inbox inbox,
        Downstream downstream,
        Capacity capacity,
        @JsonPropertyDescription("Threat and abuse cases as acceptance criteria.") List<ThreatCase> threatModel,
        List<Risk> risks,
        List<TradeOff> tradeOffs,
        List<DesignAssumption> assumptions,
        List<OpenQuestion> openQuestions,
        List<PlanStep> executionPlan,
        List<RolloutStage> rollout,
        Diagrams diagrams,
        @JsonPropertyDescription("The rules applied, with their formulas.") List<RuleSummary> rules,
        @JsonPropertyDescription("Every source key cited by a fact above.") List<Inventory.SourceCitation> sources) {

    public static final String CONTRACT = "design.v1";

    public Design {
        successCriteria = List.copyOf(successCriteria);
        providers = List.copyOf(providers);
        threatModel = List.copyOf(threatModel);
        risks = List.copyOf(risks);
        tradeOffs = List.copyOf(tradeOffs);
        assumptions = List.copyOf(assumptions);
        openQuestions = List.copyOf(openQuestions);
        executionPlan = List.copyOf(executionPlan);
        rollout = List.copyOf(rollout);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
