package org.webhookorchestrator.skill.api;

import java.util.List;
import java.util.Objects;

/**
 * The skill card's form for "I cannot proceed": what blocks, what it costs, the options and the one recommended.
 * Every refusal of every tool carries one, so that a person or an orchestrator agent can decide without guessing.
 *
 * @param blocker what stops the operation, specific enough to act on
 * @param impact what cannot happen until it is resolved
 * @param options the ways forward, each a sentence
 * @param recommendedDecision the option the skill recommends, and why
 * @param details machine-readable particulars (field paths, failing gates, candidates); empty when there are none
 */
public record Escalation(String blocker, String impact, List<String> options, String recommendedDecision,
                         List<Detail> details) {

    public Escalation {
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(recommendedDecision, "recommendedDecision");
        options = List.copyOf(options);
        details = List.copyOf(details);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("an escalation offers at least one option");
        }
    }

    /** One particular: where (a field path, a gate, a provider) and what is wrong there. */
    public record Detail(String where, String problem) {
        public Detail {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(problem, "problem");
        }
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("**Blocked:** ").append(blocker).append("\n\n");
        for (Detail d : details) {
            md.append("- `").append(d.where()).append("`: ").append(d.problem()).append('\n');
        }
        if (!details.isEmpty()) {
            md.append('\n');
        }
        md.append("**Impact:** ").append(impact).append("\n\n**Options:**\n");
        for (int i = 0; i < options.size(); i++) {
            md.append(i + 1).append(". ").append(options.get(i)).append('\n');
        }
        md.append("\n**Recommended:** ").append(recommendedDecision).append('\n');
        return md.toString();
    }
}
