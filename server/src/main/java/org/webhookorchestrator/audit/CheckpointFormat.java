package org.webhookorchestrator.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.webhookorchestrator.artifact.CanonicalJson;

/**
 * A checkpoint on disk: one canonical JSON line in {@code checkpoints.jsonl} with the keys {@code keyId,
 * previousCheckpointHash, rootHash, signature, size, time, version}.
 */
final class CheckpointFormat {

    static final int VERSION = 1;
    private static final Set<String> KEYS =
            Set.of("keyId", "previousCheckpointHash", "rootHash", "signature", "size", "time", "version");

    private CheckpointFormat() {
    }

    /** A checkpoint line read back; {@code checkpoint} is null and {@code problem} says why when unreadable. */
    record Parsed(Checkpoint checkpoint, String problem) {
    }

    static byte[] line(Checkpoint checkpoint) {
        ObjectNode node = unsigned(checkpoint);
        node.put("signature", checkpoint.signature());
        return CanonicalJson.bytes(node);
    }

    static byte[] unsignedBytes(Checkpoint checkpoint) {
        return CanonicalJson.bytes(unsigned(checkpoint));
    }

    private static ObjectNode unsigned(Checkpoint c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", VERSION);
        node.put("size", c.size());
        node.put("rootHash", c.rootHash());
        node.put("time", c.time().toString());
        node.put("previousCheckpointHash", c.previousCheckpointHash());
        node.put("keyId", c.keyId());
        return node;
    }

    static Parsed parse(byte[] line) {
        JsonNode tree;
        try {
            tree = CanonicalJson.mapper().readTree(line);
        } catch (IOException e) {
            return new Parsed(null, "not JSON");
        }
        if (tree == null || !tree.isObject()) {
            return new Parsed(null, "not a JSON object");
        }
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        if (!Set.copyOf(names).equals(KEYS) || tree.get("version").asInt() != VERSION) {
            return new Parsed(null, "keys are " + names + ", expected " + KEYS + " at version " + VERSION);
        }
        Checkpoint checkpoint;
        try {
            if (!tree.get("size").isIntegralNumber() || Hex.hash(tree.get("rootHash").asText()) == null
                    || Hex.hash(tree.get("previousCheckpointHash").asText()) == null) {
                return new Parsed(null, "size, rootHash or previousCheckpointHash malformed");
            }
            checkpoint = new Checkpoint(tree.get("size").asLong(), tree.get("rootHash").asText(),
                    Instant.parse(tree.get("time").asText()), tree.get("previousCheckpointHash").asText(),
                    tree.get("keyId").asText(), tree.get("signature").asText());
        } catch (RuntimeException e) {
            return new Parsed(null, "malformed field: " + e.getMessage());
        }
        if (!Arrays.equals(CanonicalJson.bytes(tree), line)) {
            return new Parsed(null, "not in canonical form (bytes were changed)");
        }
        return new Parsed(checkpoint, null);
    }
}
