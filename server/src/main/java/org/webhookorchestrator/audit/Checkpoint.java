package org.webhookorchestrator.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.webhookorchestrator.artifact.ArtifactId;

/**
 * A signed statement "the log had {@code size} entries with Merkle root {@code rootHash} at {@code time}", chained to
 * the checkpoint before it by {@code previousCheckpointHash} (64 zeros for the first). {@code signature} is Ed25519, in
 * base64, over {@link #SIGNING_CONTEXT} followed by the canonical bytes of the checkpoint without its signature.
 */
public record Checkpoint(long size, String rootHash, Instant time, String previousCheckpointHash, String keyId,
                         String signature) {

    /** Prefixed to what is signed so that a checkpoint signature can never be mistaken for any other signature. */
    public static final String SIGNING_CONTEXT = "webhook-orchestrator audit checkpoint v1\n";

    public Checkpoint {
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint size cannot be negative: " + size);
        }
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(previousCheckpointHash, "previousCheckpointHash");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    /** The bytes the signature covers. */
    public byte[] signedBytes() {
        byte[] context = SIGNING_CONTEXT.getBytes(StandardCharsets.UTF_8);
        byte[] body = CheckpointFormat.unsignedBytes(this);
        byte[] out = new byte[context.length + body.length];
        System.arraycopy(context, 0, out, 0, context.length);
        System.arraycopy(body, 0, out, context.length, body.length);
        return out;
    }

    /** SHA-256 hex of the whole checkpoint line (signature included): what the next checkpoint links to. */
    public String hash() {
        return ArtifactId.sha256Hex(CheckpointFormat.line(this));
    }
}
