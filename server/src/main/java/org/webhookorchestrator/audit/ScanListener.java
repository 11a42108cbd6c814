package org.webhookorchestrator.audit;

import java.util.List;

/** Sees what verification accepted, so that opening the log builds its index in the same pass. */
interface ScanListener {

    ScanListener NONE = new ScanListener() {
    };

    default void checkpoints(List<Checkpoint> verified) {
    }

    default void entry(AuditEntry entry, LogLine line, byte[] leafHash) {
    }
}
