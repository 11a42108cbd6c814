package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRefusalTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @TempDir
    Path dataDir;

    private final SecretRegistry secrets = new SecretRegistry();

    private FileAuditLog open() {
        secrets.register("stripe signing secret", SECRET);
        return FileAuditLog.open(dataDir, new SteppingClock(), secrets,
                AuditLogSettings.defaults().withCheckpointInterval(Duration.ZERO));
    }

    private static AuditRecord withArtifactSecret(String value) {
        var artifact = JsonNodeFactory.instance.objectNode();
        artifact.putObject("verification").put("secret", value);
        return new AuditRecord("design_webhook", "shop", null, null, null, null, artifact, "accepted", null);
    }

    @Test
    void appendRefusesARecordWhoseArtifactCarriesAKnownSecret() {
        try (FileAuditLog log = open()) {
            assertThatThrownBy(() -> log.append(withArtifactSecret(SECRET)))
                    .isInstanceOfSatisfying(SecretInAuditRecordException.class, e -> {
                        assertThat(e.field()).isEqualTo("artifact");
                        assertThat(e.secretLabel()).isEqualTo("stripe signing secret");
                    });
        }
    }

    @Test
    void refusalNamesTheSecretButNeverShowsItsValue() {
        try (FileAuditLog log = open()) {
            assertThatThrownBy(() -> log.append(withArtifactSecret("prefix " + SECRET + " suffix")))
                    .hasMessageContaining("'stripe signing secret'")
                    .hasMessageContaining("record.artifact")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void refusedRecordLeavesNoTraceOnDisk() throws Exception {
        try (FileAuditLog log = open()) {
            log.append(AuditRecords.numbered(1));
            assertThatThrownBy(() -> log.append(withArtifactSecret(SECRET)));
            assertThat(log.size()).isEqualTo(1);
        }
        for (Path segment : SegmentFiles.list(dataDir.resolve("audit"))) {
            assertThat(Files.readString(segment, StandardCharsets.UTF_8)).doesNotContain(SECRET);
        }
    }

    @Test
    void secretInARationaleIsRefusedToo() {
        try (FileAuditLog log = open()) {
            AuditRecord record = new AuditRecord("design_webhook", "shop", null, null, null, null, null, "accepted",
                    "used " + SECRET + " to sign");
            assertThatThrownBy(() -> log.append(record)).isInstanceOfSatisfying(SecretInAuditRecordException.class,
                    e -> assertThat(e.field()).isEqualTo("rationale"));
        }
    }

    @Test
    void secretIsFoundInItsJsonEscapedForm() {
        SecretRegistry registry = new SecretRegistry();
        registry.register("quoted", "pa\"ss\\word-1234");
        byte[] canonical = org.webhookorchestrator.artifact.CanonicalJson.bytes(
                JsonNodeFactory.instance.objectNode().put("s", "pa\"ss\\word-1234"));
        assertThat(registry.secretIn(canonical)).contains("quoted");
    }

    @Test
    void registryRefusesValuesTooShortToBeSecrets() {
        assertThatThrownBy(() -> secrets.register("pin", "1234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter than 8");
    }
}
