package org.webhookorchestrator.webhook.grader;

/** What a case does against the receiver and how it judges the answers. */
@FunctionalInterface
interface CaseBody {

    CaseResult run(CaseRun run) throws Exception;
}
