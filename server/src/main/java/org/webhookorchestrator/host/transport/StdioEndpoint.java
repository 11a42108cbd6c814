package org.webhookorchestrator.host.transport;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.McpHost;

/**
 * MCP over stdio for desktop clients. The transport owns the real standard output; everything else in the process
 * writes to standard error. When the client closes our standard input the server shuts down promptly: the SDK's
 * reader threads alone would keep the JVM alive.
 */
public final class StdioEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(StdioEndpoint.class);

    /** The largest JSON-RPC line accepted; a tool argument object is far smaller than this. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private StdioEndpoint() {
    }

    /** Serves until standard input reaches end of file, then closes the session. */
    public static void serveUntilEof(McpHost host, InputStream stdin, OutputStream stdout) throws InterruptedException {
        CountDownLatch eof = new CountDownLatch(1);
        InputStream watched = new FilterInputStream(stdin) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    eof.countDown();
                }
                return b;
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
                    eof.countDown();
                }
                return n;
            }
        };
        var transport = new StdioServerTransportProvider(host.jsonMapper(), watched, stdout, MAX_LINE_BYTES);
        McpSyncServer server = host.serve(transport);
        LOG.info("serving MCP over stdio");
        eof.await();
        LOG.info("standard input closed; shutting down");
        server.closeGracefully();
    }
}
