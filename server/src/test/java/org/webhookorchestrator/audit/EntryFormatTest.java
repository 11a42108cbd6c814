package org.webhookorchestrator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.artifact.ArtifactId;

/** Pins the on-disk form that docs/audit-log.md promises to third-party verifiers. */
class EntryFormatTest {

    private static final String UNSEALED = "{\"previousHash\":\"" + "0".repeat(64) + "\",\"record\":{"
            + "\"artifact\":{\"provider\":\"stripe\"},\"artifactId\":null,\"client\":\"claude-code\","
            + "\"decision\":\"accepted\",\"inputDigest\":null,\"project\":\"shop\",\"rationale\":null,"
            + "\"session\":null,\"tool\":\"design_webhook\"},\"sequence\":1,\"time\":\"2026-03-01T09:00:00Z\","
            + "\"version\":1}";

    private static EntryFormat.Sealed sealed() {
        AuditRecord record = new AuditRecord("design_webhook", "shop", "claude-code", null, null, null,
                JsonNodeFactory.instance.objectNode().put("provider", "stripe"), "accepted", null);
        return EntryFormat.seal(1, SteppingClock.START, AuditEntry.GENESIS_HASH, record);
    }

    @Test
    void hashCoversTheCanonicalEntryWithoutItsHash() {
        assertThat(new String(sealed().hashInput(), StandardCharsets.UTF_8)).isEqualTo(UNSEALED);
        assertThat(sealed().entry().hash()).isEqualTo(ArtifactId.sha256Hex(UNSEALED.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lineIsTheCanonicalEntryWithItsHashFirst() {
        String line = new String(sealed().line(), StandardCharsets.UTF_8);
        assertThat(line).isEqualTo("{\"hash\":\"" + sealed().entry().hash() + "\"," + UNSEALED.substring(1));
    }

    @Test
    void leafHashIsTheRfc9162LeafOfTheSameBytes() {
        byte[] prefixed = ("\0" + UNSEALED).getBytes(StandardCharsets.UTF_8);
        assertThat(EntryFormat.leafHash(sealed().entry())).isEqualTo(ArtifactId.sha256Hex(prefixed));
    }

    @Test
    void lineReadsBackAsTheSameEntry() {
        EntryFormat.Parsed parsed = EntryFormat.parse(sealed().line());
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.entry().hash()).isEqualTo(sealed().entry().hash());
        assertThat(parsed.entry().time()).isEqualTo(SteppingClock.START);
    }

    @Test
    void lineWithExtraWhitespaceIsNotAcceptedAsCanonical() {
        String line = new String(sealed().line(), StandardCharsets.UTF_8).replace(",\"sequence\"", ", \"sequence\"");
        assertThat(EntryFormat.parse(line.getBytes(StandardCharsets.UTF_8)).problem()).contains("canonical");
    }
}
