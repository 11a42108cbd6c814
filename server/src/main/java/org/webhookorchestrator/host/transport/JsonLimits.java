package org.webhookorchestrator.host.transport;

/**
 * How deep and how long an inbound JSON-RPC message may be. A tool argument object is a few levels deep and its texts
 * are short; the limits stop a message built to exhaust the parser's stack or the heap before any handler sees it.
 */
public record JsonLimits(int maxDepth, int maxStringChars) {

    public static final JsonLimits DEFAULT = new JsonLimits(64, 64 * 1024);

    public JsonLimits {
        if (maxDepth < 4) {
            throw new IllegalArgumentException("JSON depth limit must be at least 4, not " + maxDepth);
        }
        if (maxStringChars < 256) {
            throw new IllegalArgumentException("JSON string length limit must be at least 256, not " + maxStringChars);
        }
    }
}
