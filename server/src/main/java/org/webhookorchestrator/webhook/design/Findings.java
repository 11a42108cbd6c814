package org.webhookorchestrator.webhook.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * What the rules say besides their decisions: assumptions, open questions, trade-offs and risks, collected in the
 * order the rules run, each once by id. Rules run in a fixed order over providers in inventory order, so the lists are
 * stable.
 */
public final class Findings {

    private final Map<String, DesignAssumption> assumptions = new LinkedHashMap<>();
    private final Map<String, OpenQuestion> questions = new LinkedHashMap<>();
    private final Map<String, TradeOff> tradeOffs = new LinkedHashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();

    /** States an assumption and returns its id, for the figure that rests on it. */
    public String assume(String id, String statement, Confidence confidence, String basis) {
        assumptions.putIfAbsent(id, new DesignAssumption(id, statement, confidence, basis));
        return id;
    }

    public void ask(String id, String question, String affects, String owner) {
        questions.putIfAbsent(id, new OpenQuestion(id, question, affects, owner));
    }

    public void tradeOff(TradeOff tradeOff) {
        tradeOffs.putIfAbsent(tradeOff.id(), tradeOff);
    }

    public void risk(Risk risk) {
        risks.putIfAbsent(risk.id(), risk);
    }

    public List<DesignAssumption> assumptions() {
        return List.copyOf(new ArrayList<>(assumptions.values()));
    }

    public List<OpenQuestion> questions() {
        return List.copyOf(new ArrayList<>(questions.values()));
    }

    public List<TradeOff> tradeOffs() {
        return List.copyOf(new ArrayList<>(tradeOffs.values()));
    }

    public List<Risk> risks() {
        return List.copyOf(new ArrayList<>(risks.values()));
    }
}
