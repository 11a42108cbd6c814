package org.webhookorchestrator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The text of client configurations; pure functions of the paths so that tests can compare them whole. */
final class ClientConfig {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ClientConfig() {
    }

    /**
     * JVM options for a desktop client's server: one user, latency-bound, started often. The client compiler alone
     * and the serial collector cut start-up time markedly (docs/performance.md); peak throughput does not matter here.
     */
    static final List<String> DESKTOP_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static List<String> serverArgs(String jar, String dataDir) {
        List<String> args = new ArrayList<>(DESKTOP_JVM_OPTIONS);
        args.addAll(List.of("-jar", jar, "serve"));
        if (dataDir != null) {
            args.add("--data-dir");
            args.add(dataDir);
        }
        return args;
    }

    /** Claude Desktop's {@code claude_desktop_config.json}. */
    static String claude(String name, String java, String jar, String dataDir) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode server = root.putObject("mcpServers").putObject(name);
        server.put("command", java);
        ArrayNode args = server.putArray("args");
        serverArgs(jar, dataDir).forEach(args::add);
        server.putObject("env");
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Codex's {@code ~/.codex/config.toml} table. */
    static String codex(String name, String java, String jar, String dataDir) {
        StringBuilder toml = new StringBuilder();
        toml.append("[mcp_servers.").append(name).append("]\n");
        toml.append("command = ").append(tomlString(java)).append('\n');
        toml.append("args = [");
        List<String> args = serverArgs(jar, dataDir);
        for (int i = 0; i < args.size(); i++) {
            toml.append(i == 0 ? "" : ", ").append(tomlString(args.get(i)));
        }
        toml.append("]\n");
        // Codex gives a server 10 s to start by default; a cold JVM on a busy laptop can need more.
        toml.append("startup_timeout_sec = 30\n");
        toml.append("tool_timeout_sec = 120\n");
        return toml.toString();
    }

    private static String tomlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
