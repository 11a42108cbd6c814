package org.webhookorchestrator.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Line-level access to a log's files, for tests that damage them on purpose. */
final class LogFiles {

    private LogFiles() {
    }

    static Path firstSegment(Path auditDir) {
        return SegmentFiles.segment(auditDir, 1);
    }

    static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1); // the empty string after the final newline
        return lines;
    }

    static void write(Path file, List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Files.write(file, out.toByteArray());
    }

    /** Re-seals an entry line after changing its rationale: a valid entry with a fresh hash. */
    static String resealed(String line, String rationale, String previousHash) {
        AuditEntry e = EntryFormat.parse(line.getBytes(StandardCharsets.UTF_8)).entry();
        AuditRecord r = e.record();
        AuditRecord changed = new AuditRecord(r.tool(), r.project(), r.client(), r.session(), r.inputDigest(),
                r.artifactId(), r.artifact(), r.decision(), rationale);
        return new String(EntryFormat.seal(e.sequence(), e.time(), previousHash, changed).line(),
                StandardCharsets.UTF_8);
    }

    static String hashOf(String line) {
        return EntryFormat.parse(line.getBytes(StandardCharsets.UTF_8)).entry().hash();
    }
}
