package org.webhookorchestrator.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves torn tails out of the log into {@code audit/torn/} so that a person can inspect what a crash left, then cuts
 * the file back to its last complete line. The copy is forced to disk before the cut: a crash in between leaves the
 * tail in both places, never in neither.
 */
final class TornTailQuarantine {

    private TornTailQuarantine() {
    }

    static List<TornTail> moveAside(Path auditDir, List<TornTail> tails, Clock clock) throws IOException {
        Path tornDir = Files.createDirectories(auditDir.resolve(SegmentFiles.TORN_DIR));
        List<TornTail> moved = new ArrayList<>();
        for (TornTail tail : tails) {
            Path target = tornDir.resolve(tail.file().getFileName() + "." + tail.offset() + "."
                    + clock.millis() + ".torn");
            for (int n = 1; Files.exists(target); n++) {
                target = tornDir.resolve(tail.file().getFileName() + "." + tail.offset() + "." + clock.millis()
                        + "-" + n + ".torn");
            }
            try (FileChannel source = FileChannel.open(tail.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileChannel copy = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(tail.length()));
                while (bytes.hasRemaining() && source.read(bytes, tail.offset() + bytes.position()) >= 0) {
                    // read until the tail is in memory
                }
                bytes.flip();
                while (bytes.hasRemaining()) {
                    copy.write(bytes);
                }
                copy.force(true);
                SegmentFiles.syncDirectory(tornDir);
                source.truncate(tail.offset());
                source.force(true);
            }
            moved.add(tail.movedTo(target));
        }
        return moved;
    }
}
