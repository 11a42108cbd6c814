package org.webhookorchestrator.host.transport.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which caller opened each session. The SDK keeps sessions by id alone; binding each to the principal that
 * initialized it stops another principal who learns or guesses the id from riding on it. Entries go when the session
 * is deleted, when the SDK no longer knows it, or after {@link #IDLE_LIMIT} without a request (the SDK has swept it
 * by then).
 */
final class SessionOwners {

    static final Duration IDLE_LIMIT = Duration.ofHours(1);

    private final ConcurrentHashMap<String, OwnedSession> sessions = new ConcurrentHashMap<>();
    private final int permitsPerSession;

    SessionOwners(int permitsPerSession) {
        this.permitsPerSession = permitsPerSession;
    }

    void bind(String session, String owner) {
        long now = System.nanoTime();
        sessions.values().removeIf(s -> now - s.lastSeenNanos() > IDLE_LIMIT.toNanos());
        sessions.put(session, new OwnedSession(owner, permitsPerSession, now));
    }

    /** The session, marked as seen now; null when no session of that id was opened here. */
    OwnedSession find(String session) {
        OwnedSession found = sessions.get(session);
        if (found != null) {
            found.seen(System.nanoTime());
        }
        return found;
    }

    void forget(String session) {
        sessions.remove(session);
    }

    int size() {
        return sessions.size();
    }
}
