package org.webhookorchestrator.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The single thread that writes entries. Callers queue records and wait; the thread takes everything queued, seals each
 * record into the chain, writes the batch and forces it to disk with one fsync, then answers every caller in the
 * batch. So N concurrent appends cost about one fsync, not N. Segments rotate between entries, never inside one.
 */
final class GroupCommitWriter {

    /** Told about each batch once it is durable, before any caller is answered. */
    interface DurableBatch {
        void written(List<Written> batch);
    }

    record Written(EntryFormat.Sealed sealed, int segment, long offset) {
    }

    private record Pending(AuditRecord record, CompletableFuture<AuditEntry> done) {
    }

    private static final Pending STOP = new Pending(null, null);

    private final Path auditDir;
    private final Clock clock;
    private final AuditLogSettings settings;
    private final DurableBatch durable;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object lifecycle = new Object();
    private boolean closed;
    private volatile Throwable failure;
    private volatile long commits;

    private FileChannel channel;
    private int segment;
    private long segmentSize;
    private long nextSequence;
    private String headHash;

    GroupCommitWriter(Path auditDir, int segment, long nextSequence, String headHash, Clock clock,
                      AuditLogSettings settings, DurableBatch durable) throws IOException {
        this.auditDir = auditDir;
        this.clock = clock;
        this.settings = settings;
        this.durable = durable;
        this.nextSequence = nextSequence;
        this.headHash = headHash;
        openSegment(segment);
        this.thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    AuditEntry append(AuditRecord record) {
        CompletableFuture<AuditEntry> done = new CompletableFuture<>();
        synchronized (lifecycle) {
            if (closed || failure != null) {
                throw unavailable();
            }
            queue.add(new Pending(record, done));
        }
        try {
            return done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof AuditLogUnavailableException u ? u : unavailable();
        }
    }

    /** How many batches were forced to disk: with concurrent callers, fewer than the entries written. */
    long commits() {
        return commits;
    }

    /** Appends waiting for the writer thread. */
    int queued() {
        return queue.size();
    }

    /** Lets queued appends finish, then stops the thread and closes the segment. */
    void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Every batch was forced before its callers were answered; nothing is lost by a failed close.
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, so that no queued caller is left waiting
            }
            queue.drainTo(batch, settings.maxBatch() - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            if (stop) {
                return;
            }
        }
    }

    private void commit(List<Pending> batch) {
        if (failure != null) {
            batch.forEach(p -> p.done().completeExceptionally(unavailable()));
            return;
        }
        try {
            List<Written> written = write(batch);
            commits++;
            durable.written(written);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(written.get(i).sealed().entry());
            }
        } catch (IOException | RuntimeException e) {
            // The file's tail is now unknown; refusing further appends keeps the chain from growing over a hole.
            failure = e;
            batch.forEach(p -> p.done().completeExceptionally(unavailable()));
        }
    }

    private List<Written> write(List<Pending> batch) throws IOException {
        List<Written> written = new ArrayList<>(batch.size());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(batch.size() * 512);
        for (Pending p : batch) {
            EntryFormat.Sealed sealed = EntryFormat.seal(nextSequence, clock.instant(), headHash, p.record());
            long lineBytes = sealed.line().length + 1L;
            long pending = segmentSize + buffer.size();
            if (pending > 0 && pending + lineBytes > settings.maxSegmentBytes()) {
                flush(buffer);
                channel.force(false);
                channel.close();
                openSegment(segment + 1);
            }
            written.add(new Written(sealed, segment, segmentSize + buffer.size()));
            buffer.write(sealed.line());
            buffer.write('\n');
            nextSequence++;
            headHash = sealed.entry().hash();
        }
        flush(buffer);
        channel.force(false);
        return written;
    }

    private void flush(ByteArrayOutputStream buffer) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer.toByteArray());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        segmentSize += buffer.size();
        buffer.reset();
    }

    private void openSegment(int number) throws IOException {
        Path file = SegmentFiles.segment(auditDir, number);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        segmentSize = channel.size();
        channel.position(segmentSize);
        segment = number;
        SegmentFiles.syncDirectory(auditDir);
    }

    private AuditLogUnavailableException unavailable() {
        Throwable cause = failure;
        return new AuditLogUnavailableException(cause == null
                ? "the audit log is closed"
                : "the audit log stopped taking entries after a write failed (" + cause
                + "); restart the server so that recovery checks the tail", cause);
    }
}
