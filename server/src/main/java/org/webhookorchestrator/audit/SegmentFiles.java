package org.webhookorchestrator.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The file layout under {@code dataDir/audit/}: segments {@code audit-000001.jsonl}, … and the checkpoint file. */
final class SegmentFiles {

    static final String CHECKPOINT_FILE = "checkpoints.jsonl";
    static final String TORN_DIR = "torn";
    private static final Pattern SEGMENT = Pattern.compile("audit-(\\d{6,})\\.jsonl");

    private SegmentFiles() {
    }

    static Path segment(Path auditDir, int number) {
        return auditDir.resolve(String.format("audit-%06d.jsonl", number));
    }

    static int number(Path segment) {
        Matcher m = SEGMENT.matcher(segment.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a segment file: " + segment);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The segment files in order of their number. */
    static List<Path> list(Path auditDir) {
        if (!Files.isDirectory(auditDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(auditDir)) {
            return files.filter(p -> SEGMENT.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> Integer.compare(number(a), number(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list audit segments in " + auditDir, e);
        }
    }

    /** Makes a new file's directory entry durable; a no-op where directories cannot be opened (Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform lets a directory be opened for sync; the file's own fsync still holds its data.
        }
    }
}
