package org.webhookorchestrator.audit;

import java.time.Duration;

/**
 * Tuning of a {@link FileAuditLog}: segment size before rotation, how often a checkpoint is signed (zero: only on
 * demand and on close) and the most entries one fsync may cover.
 */
public record AuditLogSettings(long maxSegmentBytes, Duration checkpointInterval, int maxBatch) {

    public AuditLogSettings {
        if (maxSegmentBytes < 1024) {
            throw new IllegalArgumentException("maxSegmentBytes must be at least 1024, got " + maxSegmentBytes);
        }
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("checkpointInterval cannot be negative: " + checkpointInterval);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
        }
    }

    public static AuditLogSettings defaults() {
        return new AuditLogSettings(64L << 20, Duration.ofMinutes(10), 1024);
    }

    public AuditLogSettings withMaxSegmentBytes(long value) {
        return new AuditLogSettings(value, checkpointInterval, maxBatch);
    }

    public AuditLogSettings withCheckpointInterval(Duration value) {
        return new AuditLogSettings(maxSegmentBytes, value, maxBatch);
    }

    public AuditLogSettings withMaxBatch(int value) {
        return new AuditLogSettings(maxSegmentBytes, checkpointInterval, value);
    }
}
