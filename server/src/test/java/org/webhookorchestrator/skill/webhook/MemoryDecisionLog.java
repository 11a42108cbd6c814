package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.skill.DecisionLog;

/** A decision log in memory, for tool tests that need no audit file. */
final class MemoryDecisionLog implements DecisionLog {

    final List<Decision> decisions = new ArrayList<>();
    private final Map<String, JsonNode> artifacts = new LinkedHashMap<>();

    @Override
    public Recorded record(Decision decision) {
        decisions.add(decision);
        artifacts.put(decision.artifactId(), CanonicalJson.mapper().valueToTree(decision.artifact()));
        return new Recorded(decisions.size(), "0".repeat(64));
    }

    @Override
    public Optional<Recorded> recordOf(String artifactId) {
        int at = new ArrayList<>(artifacts.keySet()).indexOf(artifactId);
        return at < 0 ? Optional.empty() : Optional.of(new Recorded(at + 1L, "0".repeat(64)));
    }

    @Override
    public Optional<JsonNode> artifact(String artifactId) {
        return Optional.ofNullable(artifacts.get(artifactId));
    }
}
