package org.webhookorchestrator.app;

/** Which skills a server hosts ({@code serve --skills}). */
public enum SkillSet {
    /** The webhook skill, consulting its dependencies embedded or remote: the default. */
    webhook,
    /** Only core.orchestrator and core.quality as MCP tools, so that this server is another one's remote. */
    core,
    /** Both. */
    all;

    boolean hostsWebhook() {
        return this != core;
    }

    boolean hostsCore() {
        return this != webhook;
    }
}
