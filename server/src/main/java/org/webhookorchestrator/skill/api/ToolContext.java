package org.webhookorchestrator.skill.api;

/**
 * What a tool may know of the call it serves, without knowing MCP: who called, in which session, and a way to report
 * progress on long work. Transports fill it in.
 */
public interface ToolContext {

    /** The MCP session id, or "stdio" on the stdio transport where there is one session. */
    String session();

    /** The client's name and version as it introduced itself, e.g. "claude-ai 0.1.0". */
    String client();

    /** Reports progress; a no-op when the caller asked for none. */
    void progress(double done, double total, String message);

    /** A context for calls made outside any MCP session (tests, the command line). */
    static ToolContext detached(String client) {
        return new ToolContext() {
            @Override
            public String session() {
                return "detached";
            }

            @Override
            public String client() {
                return client;
            }

            @Override
            public void progress(double done, double total, String message) {
            }
        };
    }
}
