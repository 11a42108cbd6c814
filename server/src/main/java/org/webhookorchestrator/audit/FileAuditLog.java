package org.webhookorchestrator.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded audit store: segment files under {@code dataDir/audit/}, written by a {@link GroupCommitWriter}, with
 * the Merkle leaves and an offset index held in memory. Opening it verifies everything on disk; a torn last line is
 * moved aside and reported, any other damage stops the open with {@link AuditLogDamagedException}.
 */
public final class FileAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(FileAuditLog.class);

    private final Path auditDir;
    private final Clock clock;
    private final SecretScreen secrets;
    private final SigningKey key;
    private final LogState state;
    private final CheckpointWriter checkpoints;
    private final RecoveryReport recovery;
    private final GroupCommitWriter writer;
    private final ScheduledExecutorService scheduler;
    private final Map<Integer, FileChannel> readers = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private final WriterLock writerLock;

    private FileAuditLog(Path auditDir, Clock clock, SecretScreen secrets, AuditLogSettings settings, SigningKey key,
                         LogState state, RecoveryReport recovery, WriterLock writerLock) throws IOException {
        this.writerLock = writerLock;
        this.auditDir = auditDir;
        this.clock = clock;
        this.secrets = secrets;
        this.key = key;
        this.state = state;
        this.recovery = recovery;
        this.checkpoints = new CheckpointWriter(auditDir.resolve(SegmentFiles.CHECKPOINT_FILE), state.checkpoints());
        List<Path> segments = SegmentFiles.list(auditDir);
        int segment = segments.isEmpty() ? 1 : SegmentFiles.number(segments.get(segments.size() - 1));
        this.writer = new GroupCommitWriter(auditDir, segment, state.size() + 1, state.headHash(), clock, settings,
                state::written);
        if (settings.checkpointInterval().isZero()) {
            this.scheduler = null;
        } else {
            this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "audit-checkpoint");
                t.setDaemon(true);
                return t;
            });
            long every = settings.checkpointInterval().toMillis();
            scheduler.scheduleAtFixedRate(this::periodicCheckpoint, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public static FileAuditLog open(Path dataDir, Clock clock, SecretScreen secrets) {
        return open(dataDir, clock, secrets, AuditLogSettings.defaults());
    }

    public static FileAuditLog open(Path dataDir, Clock clock, SecretScreen secrets, AuditLogSettings settings) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(settings, "settings");
        Path auditDir = dataDir.resolve("audit");
        WriterLock lock = null;
        try {
            Files.createDirectories(auditDir);
            lock = WriterLock.acquire(auditDir);
            SigningKey key = SigningKey.loadOrCreate(auditDir);
            AuditVerifier verifier = AuditVerifier.of(auditDir, key.publicKey());
            LogState state = new LogState();
            VerificationReport report = verifier.verify(state);
            List<TornTail> moved = List.of();
            if (report.onlyTornTail()) {
                moved = TornTailQuarantine.moveAside(auditDir, report.tornTails(), clock);
                state = new LogState();
                report = verifier.verify(state);
            }
            if (!report.ok()) {
                throw new AuditLogDamagedException(auditDir, report);
            }
            RecoveryReport recovery = new RecoveryReport(state.size(), moved);
            if (recovery.repaired()) {
                LOG.warn("{}", recovery.describe());
            }
            return new FileAuditLog(auditDir, clock, secrets, settings, key, state, recovery, lock);
        } catch (IOException e) {
            closeQuietly(lock);
            throw new UncheckedIOException("cannot open the audit log in " + auditDir, e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static void closeQuietly(WriterLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    /** What opening the log repaired. */
    public RecoveryReport recovery() {
        return recovery;
    }

    public Path directory() {
        return auditDir;
    }

    /** Batches forced to disk since open (one fsync each). */
    long commits() {
        return writer.commits();
    }

    int queuedAppends() {
        return writer.queued();
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        byte[] bytes = EntryFormat.recordBytes(record);
        Optional<String> secret = secrets.secretIn(bytes);
        if (secret.isPresent()) {
            throw new SecretInAuditRecordException(record.tool(), SecretLocator.field(record, secret.get(), secrets),
                    secret.get());
        }
        return writer.append(record);
    }

    @Override
    public Optional<AuditEntry> findByArtifact(String artifactId) {
        return state.latestWith(artifactId).flatMap(this::get);
    }

    @Override
    public Optional<AuditEntry> get(long sequence) {
        return state.position(sequence).map(this::read);
    }

    @Override
    public List<AuditEntry> query(AuditQuery query) {
        Deque<AuditEntry> newestFirst = new ArrayDeque<>();
        for (long seq = state.size(); seq >= 1; seq--) {
            AuditEntry entry = get(seq).orElseThrow();
            if (query.matches(entry)) {
                newestFirst.addFirst(entry);
                if (query.limit() != null && newestFirst.size() == query.limit()) {
                    break;
                }
            }
        }
        return new ArrayList<>(newestFirst);
    }

    @Override
    public VerificationReport verify() {
        return checkpoints.whileHeld(() -> AuditVerifier.of(auditDir, key.publicKey())
                .verify(ScanListener.NONE, state.size()));
    }

    @Override
    public Checkpoint checkpoint() {
        if (closed) {
            throw new AuditLogUnavailableException("the audit log is closed", null);
        }
        return signCheckpoint();
    }

    private Checkpoint signCheckpoint() {
        return checkpoints.whileHeld(() -> {
            LogState.Head head = state.head();
            Checkpoint c = key.sign(head.size(), head.rootHash(), clock.instant(), checkpoints.lastHash());
            checkpoints.append(c);
            state.checkpointed(c);
            return c;
        });
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return state.checkpoints();
    }

    @Override
    public InclusionProof proveInclusion(long sequence, long treeSize) {
        return state.inclusion(sequence, treeSize);
    }

    @Override
    public ConsistencyProof proveConsistency(long fromSize, long toSize) {
        return state.consistency(fromSize, toSize);
    }

    @Override
    public long size() {
        return state.size();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.close();
        signCheckpoint();
        checkpoints.close();
        writerLock.close();
        for (FileChannel reader : readers.values()) {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.debug("closing an audit segment reader failed", e);
            }
        }
    }

    private void periodicCheckpoint() {
        try {
            signCheckpoint();
        } catch (RuntimeException e) {
            LOG.warn("periodic audit checkpoint failed: {}", e.toString());
        }
    }

    private AuditEntry read(EntryIndex.Position position) {
        FileChannel channel = readers.computeIfAbsent(position.segment(), number -> {
            try {
                return FileChannel.open(SegmentFiles.segment(auditDir, number), StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read audit segment " + number, e);
            }
        });
        ByteBuffer buffer = ByteBuffer.allocate(position.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position.offset() + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit segment " + position.segment(), e);
        }
        EntryFormat.Parsed parsed = EntryFormat.parse(buffer.array());
        if (!parsed.valid()) {
            throw new IllegalStateException("audit entry at offset " + position.offset() + " of segment "
                    + position.segment() + " changed on disk since it was written (" + parsed.problem()
                    + "); run `audit verify`");
        }
        return parsed.entry();
    }
}
