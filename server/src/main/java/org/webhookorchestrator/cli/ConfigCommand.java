package org.webhookorchestrator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code config claude|codex}: prints a configuration that starts this server from this jar with this Java, using
 * absolute paths, because desktop apps start servers without the shell's PATH.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print a ready MCP client configuration (claude or codex) with absolute paths.")
final class ConfigCommand implements Callable<Integer> {

    enum Client { claude, codex }

    @Parameters(index = "0", description = "The client: ${COMPLETION-CANDIDATES}.")
    Client client;

    @Option(names = "--name", defaultValue = "webhooks", description = "The server's name in the client (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--data-dir", description = "Pass this data directory to the server.")
    Path dataDir;

    @Override
    public Integer call() {
        String java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString();
        String jar = JarLocation.current().toString();
        String dir = dataDir == null ? null : dataDir.toAbsolutePath().normalize().toString();
        Main.STDOUT.print(client == Client.claude
                ? ClientConfig.claude(name, java, jar, dir)
                : ClientConfig.codex(name, java, jar, dir));
        Main.STDOUT.flush();
        return 0;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}
