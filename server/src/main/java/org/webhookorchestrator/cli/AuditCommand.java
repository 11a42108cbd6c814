package org.webhookorchestrator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.webhookorchestrator.audit.AuditEntry;
import org.webhookorchestrator.audit.AuditQuery;
import org.webhookorchestrator.audit.AuditReader;
import org.webhookorchestrator.audit.AuditVerifier;
import org.webhookorchestrator.audit.SigningKey;
import org.webhookorchestrator.audit.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code audit verify | tail | show | query}: reads the audit log from its files, without taking the writer's lock,
 * so it works beside a running server. Exit codes: 0 intact, 1 damaged, 2 usage or no log.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify and read the tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Tail.class, AuditCommand.Show.class,
                AuditCommand.Query.class})
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Options every audit subcommand takes. */
    static final class Location {
        @Option(names = "--data-dir", description = "The server's data directory (default: the per-user data folder).")
        Path dataDir;

        Path resolved() {
            Path dir = DataDirectory.resolve(dataDir);
            if (!Files.isDirectory(dir.resolve("audit"))) {
                throw new IllegalArgumentException("no audit log in " + dir + " (give the server's --data-dir)");
            }
            return dir;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain and the Merkle tree, check every checkpoint signature, and report "
                    + "the first bad entry.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        Location location;

        @Option(names = "--public-key", description = "Trust this public key (PEM), obtained out of band, instead of "
                + "the one stored beside the log.")
        Path publicKey;

        @Override
        public Integer call() {
            Path auditDir = location.resolved().resolve("audit");
            VerificationReport report = publicKey == null
                    ? AuditVerifier.withKeyBesideLog(auditDir).verify()
                    : AuditVerifier.of(auditDir, SigningKey.readPublicKey(publicKey)).verify();
            Main.STDOUT.println((report.ok() ? "ok: " : "DAMAGED: ") + report.message());
            if (!report.ok()) {
                Main.STDOUT.println("first bad entry: " + (report.firstBadSequence() == null ? "(none: the damage is "
                        + "in the checkpoints)" : "#" + report.firstBadSequence()) + "; kind: " + report.damage());
            }
            Main.STDOUT.flush();
            return report.ok() ? 0 : 1;
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true, description = "Print the newest entries.")
    static final class Tail implements Callable<Integer> {
        @Mixin
        Location location;

        @Option(names = {"-n", "--lines"}, defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--json", description = "One JSON object per line instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return print(location, AuditQuery.tail(count), json);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one entry in full, as JSON.")
    static final class Show implements Callable<Integer> {
        @Mixin
        Location location;

        @Parameters(index = "0", description = "The entry's sequence number.")
        long sequence;

        @Override
        public Integer call() throws Exception {
            var result = AuditReader.of(location.resolved()).read(AuditQuery.all());
            var entry = result.entries().stream().filter(e -> e.sequence() == sequence).findFirst();
            if (entry.isEmpty()) {
                System.err.println("no entry #" + sequence + " (the log has " + result.entries().size() + ")");
                return 2;
            }
            Main.STDOUT.println(new ObjectMapper().findAndRegisterModules().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(asJson(entry.get())));
            return exitFor(result.report());
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, description = "Print the entries matching filters.")
    static final class Query implements Callable<Integer> {
        @Mixin
        Location location;

        @Option(names = "--project") String project;
        @Option(names = "--tool") String tool;
        @Option(names = "--artifact") String artifactId;
        @Option(names = "--from", description = "ISO-8601 instant, inclusive.") Instant from;
        @Option(names = "--to", description = "ISO-8601 instant, exclusive.") Instant to;
        @Option(names = "--limit", defaultValue = "100") int limit;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() throws Exception {
            AuditQuery q = AuditQuery.all().withLimit(limit);
            q = project == null ? q : q.withProject(project);
            q = tool == null ? q : q.withTool(tool);
            q = artifactId == null ? q : q.withArtifactId(artifactId);
            if (from != null || to != null) {
                q = q.between(from == null ? Instant.EPOCH : from, to == null ? Instant.MAX : to);
            }
            return print(location, q, json);
        }
    }

    static int print(Location location, AuditQuery query, boolean json) throws Exception {
        AuditReader.Result result = AuditReader.of(location.resolved()).read(query);
        ObjectMapper mapper = new ObjectMapper();
        List<AuditEntry> entries = result.entries();
        for (AuditEntry e : entries) {
            if (json) {
                Main.STDOUT.println(mapper.writeValueAsString(asJson(e)));
            } else {
                var r = e.record();
                Main.STDOUT.printf("#%-6d %s  %-18s %-20s %-44s %s%n", e.sequence(), e.time(), r.tool(),
                        r.project() == null ? "-" : r.project(), r.artifactId() == null ? "-" : r.artifactId(),
                        r.decision());
            }
        }
        Main.STDOUT.flush();
        return exitFor(result.report());
    }

    private static int exitFor(VerificationReport report) {
        if (!report.ok()) {
            System.err.println("warning: the log is damaged: " + report.message() + " (run audit verify)");
            return 1;
        }
        return 0;
    }

    private static java.util.Map<String, Object> asJson(AuditEntry e) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("sequence", e.sequence());
        out.put("time", e.time().toString());
        out.put("previousHash", e.previousHash());
        out.put("hash", e.hash());
        out.put("record", e.record());
        return out;
    }
}
