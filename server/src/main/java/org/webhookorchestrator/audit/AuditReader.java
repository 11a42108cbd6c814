package org.webhookorchestrator.audit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads a log from its files without taking the writer's lock, for the command line while a server runs: the entries
 * matching a query, as verification accepts them, so that what is shown has been checked on the way.
 */
public final class AuditReader {

    private final Path auditDir;

    private AuditReader(Path auditDir) {
        this.auditDir = auditDir;
    }

    /** A reader of the log in {@code dataDir/audit}, trusting the public key stored beside it. */
    public static AuditReader of(Path dataDir) {
        return new AuditReader(dataDir.resolve("audit"));
    }

    /** The matching entries (the newest {@code query.limit()} of them, oldest first) and the verification report. */
    public record Result(List<AuditEntry> entries, VerificationReport report) {
    }

    public Result read(AuditQuery query) {
        int keep = query.limit() == null ? Integer.MAX_VALUE : query.limit();
        Deque<AuditEntry> newest = new ArrayDeque<>();
        VerificationReport report = AuditVerifier.withKeyBesideLog(auditDir).verify(new ScanListener() {
            @Override
            public void entry(AuditEntry entry, LogLine line, byte[] leafHash) {
                if (query.matches(entry)) {
                    newest.addLast(entry);
                    if (newest.size() > keep) {
                        newest.removeFirst();
                    }
                }
            }
        });
        return new Result(List.copyOf(newest), report);
    }

    public VerificationReport verify() {
        return AuditVerifier.withKeyBesideLog(auditDir).verify();
    }

    public Path directory() {
        return auditDir;
    }
}
