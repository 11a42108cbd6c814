package org.webhookorchestrator.webhook.validation.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.DesignAssumption;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/**
 * No number without a basis: every figure in the design is a sourced fact, a derivation with its rule, a constraint,
 * a policy with its rationale, or a listed assumption. Walks the whole artifact, so a figure added later is covered.
 */
public final class FigureBasisCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        Set<String> assumptions = new HashSet<>();
        design.assumptions().stream().map(DesignAssumption::id).forEach(assumptions::add);
        List<String> problems = new ArrayList<>();
        int[] figures = {0};
        walk(CanonicalJson.mapper().valueToTree(design), "design", assumptions, problems, figures);
        return List.of(StaticItems.item("figure-basis", null,
                "every number is a sourced fact, a stated derivation, a constraint, a policy or a listed assumption",
                "figures without a valid basis", "0 of " + figures[0], problems.size() + " of " + figures[0],
                problems.isEmpty() ? ItemStatus.pass : ItemStatus.fail,
                problems.isEmpty() ? List.of(figures[0] + " figures checked") : problems.subList(0,
                        Math.min(problems.size(), 20))));
    }

    private static void walk(JsonNode node, String path, Set<String> assumptions, List<String> problems, int[] count) {
        if (node.isObject()) {
            if (node.has("basis") && node.has("value") && node.has("unit")) {
                count[0]++;
                String problem = problem(node, assumptions);
                if (problem != null) {
                    problems.add(path + ": " + problem);
                }
            }
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                walk(field.getValue(), path + "." + field.getKey(), assumptions, problems, count);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", assumptions, problems, count);
            }
        }
    }

    private static String problem(JsonNode figure, Set<String> assumptions) {
        return switch (figure.path("basis").asText()) {
            // A figure cites its fact record; a derivation's input term carries the source keys itself.
            case "fact" -> figure.path("fact").path("sources").isEmpty() && figure.path("sources").isEmpty()
                    ? "a fact without a source" : null;
            // A figure carries its derivation; an input term names the rule it came from in ref.
            case "derived" -> figure.path("derivation").path("rule").asText().isBlank()
                    && figure.path("ref").asText().isBlank() ? "a derivation without a rule" : null;
            case "assumption" -> assumptions.contains(figure.path("ref").asText()) ? null
                    : "an assumption (" + figure.path("ref").asText() + ") not listed among the assumptions";
            case "policy", "constraint" -> figure.path("ref").asText().isBlank() ? "a " + figure.path("basis").asText()
                    + " without its name" : null;
            default -> "an unknown basis " + figure.path("basis").asText();
        };
    }
}
