package org.webhookorchestrator.core.quality;

import java.util.List;

/** The gate set {@value #GATE_SET}: the skill card's Definition of Done, in the order a report lists it. */
final class DefinitionOfDone {

    static final String GATE_SET = "definition-of-done.v1";

    static final List<Gate> GATES = List.of(
            new DeterministicOutputGate(),
            new TradeoffsJustifiedGate(),
            new ValidationMeasurableGate(),
            new RisksHaveMitigationGate(),
            new RisksHaveOwnersGate(),
            new ThreatCasesPresentGate(),
            new FactsSourcedGate(),
            new NextActionsOwnedGate(),
            new ValidationResultsGate());

    private DefinitionOfDone() {
    }
}
