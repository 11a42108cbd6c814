package org.webhookorchestrator.webhook.grader;

import java.time.Duration;
import java.util.Objects;

/**
 * One request the emulator sent and what came back.
 *
 * @param sent what was sent, as evidence: method, path, header names, body length and digest; no values
 * @param status the response status, or 0 when none arrived
 * @param latency from the first byte sent to the response's end, or to giving up
 * @param failure why no response arrived (timeout, connection closed, abandoned by us); null when one did
 */
public record Exchange(String sent, int status, Duration latency, String failure) {

    public Exchange {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(latency, "latency");
    }

    public boolean responded() {
        return status > 0;
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public boolean refused() {
        return status >= 400 && status < 500;
    }

    public boolean serverError() {
        return status >= 500;
    }

    /** "401 in 12 ms" or "no response after 15000 ms (timeout)". */
    public String outcome() {
        return responded() ? status + " in " + latency.toMillis() + " ms"
                : "no response after " + latency.toMillis() + " ms (" + failure + ")";
    }

    /** The evidence line: what was sent and what came back. */
    public String evidence() {
        return sent + " -> " + outcome();
    }
}
