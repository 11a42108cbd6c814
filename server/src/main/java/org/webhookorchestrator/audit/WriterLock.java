package org.webhookorchestrator.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per audit directory. Two server processes appending to the same segment would interleave lines and break
 * the chain, so the second one is refused at open with a message saying what to do. Verifiers only read and need no
 * lock. The operating system drops the lock when the process dies, so a crash never leaves it behind.
 */
final class WriterLock implements AutoCloseable {

    static final String FILE = "writer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(Path auditDir) throws IOException {
        FileChannel channel = FileChannel.open(auditDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            throw new AuditLogUnavailableException("the audit log in " + auditDir + " is in use by another server "
                    + "process; stop it, or give this one its own --data-dir", null);
        }
        return new WriterLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
