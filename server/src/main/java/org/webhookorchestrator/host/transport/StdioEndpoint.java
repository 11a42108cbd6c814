package org.webhookorchestrator.host.transport;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
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
 * dispatch alone could drop a request read just before end of file.
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
    public static void serveUntilEof(McpHost host, InputStream stdin, OutputStream stdout) throws InterruptedException {
        CountDownLatch eof = new CountDownLatch(1);
        RequestLedger ledger = new RequestLedger();
        var inLines = new RequestLedger.LineSplitter(ledger::inbound, MAX_LINE_BYTES);
        var outLines = new RequestLedger.LineSplitter(ledger::outbound, MAX_LINE_BYTES);
        InputStream watched = new FilterInputStream(stdin) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(buf, off, len);
                } catch (IOException e) {
                    eof.countDown();
                    throw e;
                }
                if (n < 0) {
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
                } else {
                    inLines.accept(buf, off, n);
                }
                return n;
            }
        };
        OutputStream counted = new FilterOutputStream(stdout) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buf, int off, int len) throws IOException {
                out.write(buf, off, len);
                outLines.accept(buf, off, len);
            }
        };
        var transport = new StdioServerTransportProvider(host.jsonMapper(), watched, counted, MAX_LINE_BYTES);
        McpSyncServer server = host.serve(transport);
        LOG.info("serving MCP over stdio");
        eof.await();
        LOG.info("standard input closed; shutting down");
        server.closeGracefully();
    }
}
