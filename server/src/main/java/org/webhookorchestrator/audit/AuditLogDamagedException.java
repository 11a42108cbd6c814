package org.webhookorchestrator.audit;

import java.nio.file.Path;

/**
 * Opening the log found damage other than a torn tail. The server must not start on it: skipping damaged entries would
 * hide exactly what the log exists to show.
 */
public final class AuditLogDamagedException extends IllegalStateException {

    private final transient VerificationReport report;

    AuditLogDamagedException(Path auditDir, VerificationReport report) {
        super("the audit log in " + auditDir + " is damaged (" + report.damage()
                + (report.firstBadSequence() == null ? "" : " at entry " + report.firstBadSequence()) + "): "
                + report.message() + ". The server will not start on a damaged log; run `audit verify` for the full"
                + " report, and restore the directory from a backup or move it aside rather than edit it by hand.");
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
