package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.audit.AuditRecord;
import org.webhookorchestrator.audit.FileAuditLog;
import org.webhookorchestrator.audit.SecretScreen;

/** {@code audit verify | tail | show} as an operator runs them against a data directory. */
class AuditCommandIT {

    @TempDir
    Path dataDir;

    @BeforeEach
    void writeThreeEntries() {
        try (FileAuditLog log = FileAuditLog.open(dataDir, Clock.systemUTC(), SecretScreen.NONE)) {
            for (String project : List.of("alpha", "beta", "gamma")) {
                log.append(new AuditRecord("webhook_inventory", project, "it", "s", null, null, null,
                        "decided " + project, "because"));
            }
        }
    }

    @Test
    void verifyOfAnIntactLogExitsZero() throws Exception {
        Run run = run("audit", "verify", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).startsWith("ok: intact: 3 entries chained");
    }

    @Test
    void verifyOfAnEditedLogExitsOneAndNamesTheFirstBadEntry() throws Exception {
        Path segment = dataDir.resolve("audit/audit-000001.jsonl");
        String text = Files.readString(segment);
        Files.writeString(segment, text.replace("decided beta", "decided BETA"), StandardCharsets.UTF_8);

        Run run = run("audit", "verify", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stdout()).contains("DAMAGED").contains("first bad entry: #2");
    }

    @Test
    void tailPrintsTheNewestEntriesOldestFirst() throws Exception {
        Run run = run("audit", "tail", "-n", "2", "--data-dir", dataDir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout().lines().toList()).hasSize(2)
                .satisfiesExactly(l -> assertThat(l).contains("beta"), l -> assertThat(l).contains("gamma"));
    }

    @Test
    void aDirectoryWithoutALogIsAUsageErrorThatSaysSo() throws Exception {
        Run run = run("audit", "verify", "--data-dir", dataDir.resolve("elsewhere").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("no audit log in");
    }

    record Run(int exit, String stdout, String stderr) {
    }

    static Run run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ServerJar.java(), "-jar", ServerJar.path().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }
}
