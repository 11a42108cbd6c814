package org.webhookorchestrator.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;

/**
 * The on-disk form of an entry, version 1: one line of canonical JSON (see {@link CanonicalJson}) with the keys
 * {@code hash, previousHash, record, sequence, time, version}. The entry hash is SHA-256 over the canonical bytes of
 * that object without {@code hash}; the Merkle leaf is SHA-256(0x00 || those same bytes). docs/audit-log.md specifies
 * this for verifiers written elsewhere.
 */
public final class EntryFormat {

    public static final int VERSION = 1;

    private static final Set<String> ENTRY_KEYS = Set.of("hash", "previousHash", "record", "sequence", "time", "version");
    private static final List<String> RECORD_TEXT_KEYS = List.of(
            "tool", "project", "client", "session", "inputDigest", "artifactId", "decision", "rationale");
    private static final Set<String> RECORD_KEYS;
    private static final byte[] HASH_PREFIX = "{\"hash\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static {
        List<String> keys = new ArrayList<>(RECORD_TEXT_KEYS);
        keys.add("artifact");
        RECORD_KEYS = Set.copyOf(keys);
    }

    private EntryFormat() {
    }

    /** An entry with its hash computed, and the line that stores it (without the newline). */
    record Sealed(AuditEntry entry, byte[] hashInput, byte[] line) {
    }

    /** A line read back: {@code entry} is null when the line is not an entry at all; {@code problem} null when valid. */
    record Parsed(AuditEntry entry, byte[] hashInput, String problem) {
        boolean valid() {
            return problem == null;
        }
    }

    static Sealed seal(long sequence, Instant time, String previousHash, AuditRecord record) {
        ObjectNode node = unsealedNode(sequence, time, previousHash, record);
        byte[] hashInput = CanonicalJson.bytes(node);
        String hash = ArtifactId.sha256Hex(hashInput);
        node.put("hash", hash);
        return new Sealed(new AuditEntry(sequence, time, previousHash, hash, record), hashInput,
                CanonicalJson.bytes(node));
    }

    /** The bytes the entry hash and the Merkle leaf are computed over. */
    public static byte[] hashInput(AuditEntry entry) {
        return CanonicalJson.bytes(unsealedNode(entry.sequence(), entry.time(), entry.previousHash(), entry.record()));
    }

    /** Hex of the RFC 9162 leaf hash of the entry, for {@link InclusionProof#verifies}. */
    public static String leafHash(AuditEntry entry) {
        return Hex.of(MerkleTree.leafHash(hashInput(entry)));
    }

    /** Canonical bytes of the record alone: what the secret screen looks at. */
    static byte[] recordBytes(AuditRecord record) {
        return CanonicalJson.bytes(recordNode(record));
    }

    static ObjectNode recordNode(AuditRecord r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String[] values = {r.tool(), r.project(), r.client(), r.session(), r.inputDigest(), r.artifactId(),
                r.decision(), r.rationale()};
        for (int i = 0; i < values.length; i++) {
            node.put(RECORD_TEXT_KEYS.get(i), values[i]);
        }
        node.set("artifact", r.artifact() == null ? JsonNodeFactory.instance.nullNode() : r.artifact());
        return node;
    }

    private static ObjectNode unsealedNode(long sequence, Instant time, String previousHash, AuditRecord record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", VERSION);
        node.put("sequence", sequence);
        node.put("time", time.toString());
        node.put("previousHash", previousHash);
        node.set("record", recordNode(record));
        return node;
    }

    static Parsed parse(byte[] line) {
        JsonNode tree;
        try {
            tree = CanonicalJson.mapper().readTree(line);
        } catch (IOException e) {
            return broken("not JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (tree == null || !tree.isObject()) {
            return broken("not a JSON object");
        }
        String shape = shapeProblem(tree);
        if (shape != null) {
            return broken(shape);
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytes(tree);
        } catch (IllegalArgumentException e) {
            return broken(e.getMessage());
        }
        AuditEntry entry = toEntry(tree);
        if (!Arrays.equals(canonical, line)) {
            ObjectNode unsealed = ((ObjectNode) tree).deepCopy();
            unsealed.remove("hash");
            return new Parsed(entry, CanonicalJson.bytes(unsealed), "not in canonical form (bytes were changed)");
        }
        byte[] hashInput = withoutLeadingHash(line);
        if (!ArtifactId.sha256Hex(hashInput).equals(entry.hash())) {
            return new Parsed(entry, hashInput, "content does not match its hash");
        }
        return new Parsed(entry, hashInput, null);
    }

    /**
     * In canonical form "hash" sorts first, so the line is {@code {"hash":"<64 hex>",} followed by the rest: dropping
     * that prefix gives the canonical bytes without the hash, with no second serialization.
     */
    private static byte[] withoutLeadingHash(byte[] canonicalLine) {
        int prefix = HASH_PREFIX.length + 64 + 2;
        byte[] out = new byte[canonicalLine.length - prefix + 1];
        out[0] = '{';
        System.arraycopy(canonicalLine, prefix, out, 1, canonicalLine.length - prefix);
        return out;
    }

    private static Parsed broken(String problem) {
        return new Parsed(null, null, problem);
    }

    private static String shapeProblem(JsonNode tree) {
        if (!keys(tree).equals(ENTRY_KEYS)) {
            return "keys are " + keys(tree) + ", expected " + ENTRY_KEYS;
        }
        if (!tree.get("version").isIntegralNumber() || tree.get("version").asInt() != VERSION) {
            return "unknown version " + tree.get("version");
        }
        JsonNode sequence = tree.get("sequence");
        if (!sequence.canConvertToLong() || !sequence.isIntegralNumber() || sequence.asLong() < 1) {
            return "sequence is not a positive integer";
        }
        if (Hex.hash(tree.get("hash").textValue()) == null || Hex.hash(tree.get("previousHash").textValue()) == null) {
            return "hash or previousHash is not 64 lower-case hex digits";
        }
        try {
            Instant.parse(tree.get("time").asText());
        } catch (DateTimeParseException e) {
            return "time is not an ISO-8601 instant";
        }
        JsonNode record = tree.get("record");
        if (!record.isObject() || !keys(record).equals(RECORD_KEYS)) {
            return "record keys are not " + RECORD_KEYS;
        }
        for (String key : RECORD_TEXT_KEYS) {
            if (!record.get(key).isTextual() && !record.get(key).isNull()) {
                return "record." + key + " is neither text nor null";
            }
        }
        if (!record.get("tool").isTextual() || !record.get("decision").isTextual()
                || record.get("tool").asText().isBlank() || record.get("decision").asText().isBlank()) {
            return "record.tool and record.decision must be non-blank text";
        }
        return null;
    }

    private static Set<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    private static AuditEntry toEntry(JsonNode tree) {
        JsonNode r = tree.get("record");
        JsonNode artifact = r.get("artifact");
        AuditRecord record = new AuditRecord(text(r, "tool"), text(r, "project"), text(r, "client"),
                text(r, "session"), text(r, "inputDigest"), text(r, "artifactId"),
                artifact.isNull() ? null : artifact, text(r, "decision"), text(r, "rationale"));
        return new AuditEntry(tree.get("sequence").asLong(), Instant.parse(tree.get("time").asText()),
                tree.get("previousHash").asText(), tree.get("hash").asText(), record);
    }

    private static String text(JsonNode node, String key) {
        return node.get(key).isNull() ? null : node.get(key).asText();
    }
}
