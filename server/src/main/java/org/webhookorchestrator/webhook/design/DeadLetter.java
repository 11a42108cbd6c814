package org.webhookorchestrator.webhook.design;

import java.util.List;

/** Where an event goes when retries are exhausted or it can never succeed, and how it is replayed. */
public record DeadLetter(String destination, List<String> entersWhen, String alert, List<String> replayProcedure,
                         Figure retention) {

    public DeadLetter {
        entersWhen = List.copyOf(entersWhen);
        replayProcedure = List.copyOf(replayProcedure);
    }
}
