package org.webhookorchestrator.host.transport;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.McpHost;

/**
 * MCP over stdio for desktop clients. The transport owns the real standard output; everything else in the process
 * writes to standard error. When the client closes our standard input, every request already received is answered,
 * then the server shuts down promptly: the SDK's reader threads alone would keep the JVM alive, and its asynchronous
 * dispatch alone could drop a request read just before end of file. Every line is screened before the SDK sees it
 * (see {@link ScreenedInput}): a bad line gets a JSON-RPC error and the session goes on.
 */
public final class StdioEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(StdioEndpoint.class);

    /** The largest JSON-RPC line accepted; a tool argument object is far smaller than this. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    /** How long requests already received may take to answer once the client has closed its end. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

    private StdioEndpoint() {
    }

    /** Serves until standard input reaches end of file and every request received has been answered. */
    public static void serveUntilEof(McpHost host, InputStream stdin, OutputStream stdout, JsonLimits limits)
            throws InterruptedException {
        CountDownLatch eof = new CountDownLatch(1);
        RequestLedger ledger = new RequestLedger();
        StdoutLines lines = new StdoutLines(stdout);
        OutputStream counted = lines.sdkStream(ledger::outbound);
        InputStream watched = new ScreenedInput(stdin, new JsonRpcScreen(host.jsonMapper(), limits), lines,
                MAX_LINE_BYTES, ledger::inbound, () -> {
                    // The SDK closes its session on end of file, dropping responses still being computed; hold
                    // end of file back until every request received so far has been answered.
                    try {
                        if (!ledger.awaitAnswered(DRAIN_LIMIT)) {
                            LOG.warn("standard input closed; {} request(s) still unanswered after {}",
                                    ledger.unanswered(), DRAIN_LIMIT);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    eof.countDown();
                });
        var transport = new StdioServerTransportProvider(host.jsonMapper(), watched, counted, MAX_LINE_BYTES);
        McpSyncServer server = host.serve(new SerializedStdioProvider(transport));
        LOG.info("serving MCP over stdio");
        eof.await();
        LOG.info("standard input closed; shutting down");
        server.closeGracefully();
    }
}
