package org.webhookorchestrator.webhook.design;

/** Processing after the acknowledgement: retries towards the consumer and the dead letter behind them. */
public record Downstream(RetryPolicy retry, DeadLetter deadLetter) {
}
