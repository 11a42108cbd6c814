package org.webhookorchestrator.webhook.receiver;

/**
 * The business side of the receiver, called by the inbox worker after the delivery was acknowledged. Throwing means
 * "not done": the worker retries with backoff and dead-letters after the last attempt.
 */
@FunctionalInterface
public interface DownstreamHandler {

    /** Accepts every delivery and does nothing with it: the effect is only counted by the effects probe. */
    DownstreamHandler ACCEPT_ALL = delivery -> { };

    void handle(AcceptedDelivery delivery) throws Exception;
}
