package org.webhookorchestrator.webhook.receiver;

/**
 * What the receiver has done with the deliveries of one idempotency key, as the effects probe reports it.
 *
 * @param processedCount how many times the downstream handler completed for this key
 * @param pending how many accepted deliveries of this key are enqueued or being processed
 * @param deadLettered how many were given up on after the last attempt
 */
public record Effects(long processedCount, long pending, long deadLettered) {

    public static final Effects NONE = new Effects(0, 0, 0);
}
