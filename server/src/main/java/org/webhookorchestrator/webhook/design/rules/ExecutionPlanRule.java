package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.design.Inbox;
import org.webhookorchestrator.webhook.design.PlanStep;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.Roles;

/** The execution plan: ordered steps, each with an owner role, what it waits for and a check that says it is done. */
public final class ExecutionPlanRule {

    public static final String NAME = "execution-plan";
    public static final String FORMULA = "store, secrets, one endpoint per provider, inbox write, worker, "
            + "reconciliation where required, allowlists where planned, observability, validation, rollout, handoff";

    private ExecutionPlanRule() {
    }

    public static List<PlanStep> plan(List<ProviderDesign> providers, Inbox inbox) {
        List<PlanStep> steps = new ArrayList<>();
        add(steps, "store", "provision the inbox (" + inbox.store() + ") and the dedupe store (" + inbox.dedupeStore()
                + ") in staging and production", Roles.PLATFORM, List.of(), "the schema or topic exists in both "
                + "environments and the purge job runs");
        add(steps, "secrets", "register every provider's secret reference (env: or file:) in the secret manager; "
                + "no value in code, configuration or tickets", Roles.SECURITY, List.of(), "each reference "
                + "resolves in staging and no secret value is in the repository");
        List<String> endpoints = new ArrayList<>();
        for (ProviderDesign p : providers) {
            String id = "endpoint-" + p.providerId();
            endpoints.add(id);
            add(steps, id, "build " + p.endpoint().path() + ": verification, payload limit and responses as "
                    + "providers[" + p.providerId() + "] states", Roles.BACKEND, List.of("secrets"),
                    "the receiver grader's verification cases pass for " + p.providerId() + " in staging");
        }
        add(steps, "inbox-write", "dedupe and inbox commit before the answer, inside each ack deadline",
                Roles.BACKEND, concat(List.of("store"), endpoints), "the grader's duplicate, replay and burst cases "
                        + "pass");
        add(steps, "worker", "inbox worker with the downstream retry schedule and the dead letter", Roles.BACKEND,
                List.of("inbox-write"), "a consumer failure injected in staging is retried on schedule and then "
                        + "dead-lettered; a replay processes it once");
        for (ProviderDesign p : providers) {
            if (p.reconciliation().required()) {
                add(steps, "reconciliation-" + p.providerId(), "reconciliation job for " + p.providerId()
                        + " as providers[" + p.providerId() + "].reconciliation states", Roles.BACKEND,
                        List.of("worker"), "a delivery dropped on purpose in staging is found and redelivered "
                                + "within the detection objective");
            }
        }
        List<String> allowlisted = providers.stream().filter(p -> p.ipAllowlist().planned())
                .map(ProviderDesign::providerId).toList();
        if (!allowlisted.isEmpty()) {
            add(steps, "allowlist", "edge allowlists for " + String.join(", ", allowlisted) + " with their "
                    + "refresh job", Roles.PLATFORM, List.of("store"), "a request from another address is refused "
                    + "at the edge in staging");
        }
        add(steps, "observability", "metrics per provider (ack latency, verification failures by reason, dedupe "
                + "hits, inbox depth and age, retries, dead letters, reconciliation finds) and the alerts of the risk "
                + "register", Roles.SRE, List.of("worker"), "every escalation trigger in the risk register has an "
                + "alert that fired once in staging");
        add(steps, "validate", "run webhook_validate: static checks and the staged receiver grader", Roles.QA,
                List.of("observability"), "every grader case passes; none is not-observable");
        add(steps, "rollout", "run the rollout plan, stage by stage", Roles.RELEASE, List.of("validate"),
                "each stage's gate passed and is recorded");
        add(steps, "handoff", "hand off with webhook_handoff: runbook, owners, open questions", Roles.INTEGRATION_OWNER,
                List.of("rollout"), "core.quality passes every Definition of Done gate");
        return steps;
    }

    private static void add(List<PlanStep> steps, String id, String action, String owner, List<String> dependsOn,
                            String doneWhen) {
        steps.add(new PlanStep(steps.size() + 1, id, action, owner, dependsOn, doneWhen));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
