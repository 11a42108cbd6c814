package org.webhookorchestrator.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher: {@code webhook-orchestrator serve | demo | grade | receive | audit … | config claude|codex}.
 * Standard output is reserved before anything else runs, so that no library's stray print can corrupt the stdio
 * JSON-RPC stream.
 */
@Command(name = "webhook-orchestrator",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Designs and proves webhook ingestion as an MCP skill server.",
        subcommands = {ServeCommand.class, DemoCommand.class, GradeCommand.class, ReceiveCommand.class,
                EmulateCommand.class, AuditCommand.class, ConfigCommand.class})
public final class Main implements Runnable {

    /** The process's real standard output; everything else writes to standard error. */
    static final PrintStream STDOUT = System.out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setOut(System.err);
        int code = commandLine().execute(args);
        System.exit(code);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(STDOUT, true));
        cli.setErr(new java.io.PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
