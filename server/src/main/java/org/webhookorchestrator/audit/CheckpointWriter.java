package org.webhookorchestrator.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Appends signed checkpoints to {@code checkpoints.jsonl}, each forced to disk before it counts. */
final class CheckpointWriter {

    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;
    private FileChannel channel;
    private String lastHash;

    CheckpointWriter(Path file, List<Checkpoint> existing) {
        this.file = file;
        this.lastHash = existing.isEmpty() ? AuditEntry.GENESIS_HASH : existing.get(existing.size() - 1).hash();
    }

    /** Runs {@code action} with no checkpoint being written meanwhile. */
    <T> T whileHeld(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    String lastHash() {
        return lastHash;
    }

    void append(Checkpoint checkpoint) {
        whileHeld(() -> {
            try {
                if (channel == null) {
                    boolean created = !file.toFile().exists();
                    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND);
                    if (created) {
                        SegmentFiles.syncDirectory(file.getParent());
                    }
                }
                byte[] line = CheckpointFormat.line(checkpoint);
                ByteBuffer bytes = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
                lastHash = checkpoint.hash();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write an audit checkpoint to " + file, e);
            }
        });
    }

    void close() {
        whileHeld(() -> {
            try {
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
            return null;
        });
    }
}
