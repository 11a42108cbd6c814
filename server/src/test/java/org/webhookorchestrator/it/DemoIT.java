package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, as a user runs it: the jar alone, on the embedded defaults. */
class DemoIT {

    @TempDir
    Path dataDir;

    @Test
    void theDemoRunsAllFourOperationsAndPrintsTheHandoffSummary() throws Exception {
        AuditCommandIT.Run run = AuditCommandIT.run("demo", "--data-dir", dataDir.toString());

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("# Handoff `handoff-").contains("all blocking gates pass")
                .contains("## Runbook").contains("## Audit references");
        assertThat(run.stderr()).contains("calling webhook_inventory").contains("calling webhook_design")
                .contains("calling webhook_validate").contains("calling webhook_handoff");
    }

    @Test
    void theDemoRecordsEveryDecisionInALogThatVerifies() throws Exception {
        AuditCommandIT.run("demo", "--data-dir", dataDir.toString());

        AuditCommandIT.Run verify = AuditCommandIT.run("audit", "verify", "--data-dir", dataDir.toString());

        assertThat(verify.exit()).isZero();
        assertThat(verify.stdout()).startsWith("ok: intact: 4 entries chained");
    }
}
