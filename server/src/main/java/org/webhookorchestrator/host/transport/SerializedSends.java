package org.webhookorchestrator.host.transport;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A session transport whose messages are handed to the SDK's stdio transport one at a time. That transport emits
 * into a sink that tolerates only brief contention (a 100 ms busy loop); a tool result and a ping answered on two
 * threads at once under load can exceed it, and the message is then dropped ("Failed to enqueue message"), leaving
 * the client waiting forever. The stdio fuzz test found it. Enqueueing is fast, so a lock costs nothing.
 */
final class SerializedSends implements McpServerTransport {

    private final McpServerTransport delegate;
    private final Object lock = new Object();

    SerializedSends(McpServerTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.defer(() -> {
            synchronized (lock) {
                // Subscribing enqueues; doing it under the lock is what keeps two emitters apart.
                return Mono.fromFuture(delegate.sendMessage(message).toFuture());
            }
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        return delegate.closeGracefully();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return delegate.unmarshalFrom(data, type);
    }

    @Override
    public List<String> protocolVersions() {
        return delegate.protocolVersions();
    }
}
