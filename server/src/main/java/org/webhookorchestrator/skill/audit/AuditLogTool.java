package org.webhookorchestrator.skill.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.webhookorchestrator.audit.AuditEntry;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.AuditQuery;
import org.webhookorchestrator.audit.InclusionProof;
import org.webhookorchestrator.audit.VerificationReport;
import org.webhookorchestrator.skill.ArtifactContract;
import org.webhookorchestrator.skill.SkillTool;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/** {@code audit_log}: read-only queries of the decision log and its verification. */
public final class AuditLogTool implements SkillTool<AuditLogQuery, AuditLogAnswer> {

    static final int DEFAULT_LIMIT = 20;

    private final AuditLog audit;

    public AuditLogTool(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit_log";
    }

    @Override
    public String title() {
        return "Audit log";
    }

    @Override
    public String description() {
        return "Reads the tamper-evident log of every decision the skill made: list entries by project, tool, "
                + "artifact or time; show one entry with its artifact and a Merkle inclusion proof; or verify the whole "
                + "log (hash chain, Merkle tree, signed checkpoints) and report the first damaged entry.";
    }

    @Override
    public Class<AuditLogQuery> inputType() {
        return AuditLogQuery.class;
    }

    @Override
    public Class<AuditLogAnswer> outputType() {
        return AuditLogAnswer.class;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.lookup();
    }

    @Override
    public Optional<ArtifactContract> produces() {
        return Optional.empty();
    }

    @Override
    public ToolOutcome<AuditLogAnswer> call(AuditLogQuery q, ToolContext context) {
        return switch (q.action()) {
            case VERIFY -> verify();
            case ENTRY -> entry(q.sequence());
            case ENTRIES -> entries(q);
        };
    }

    private ToolOutcome<AuditLogAnswer> verify() {
        VerificationReport r = audit.verify();
        var v = new AuditLogAnswer.Verification(r.ok(), r.entriesChecked(), r.checkpointsChecked(),
                r.firstBadSequence(), r.damage() == null ? null : r.damage().name().toLowerCase(Locale.ROOT),
                r.message());
        String md = (r.ok() ? "**Audit log intact.** " : "**Audit log damaged.** ") + r.message() + "\n";
        return ToolOutcome.success(new AuditLogAnswer(List.of(), v, audit.size()), md);
    }

    private ToolOutcome<AuditLogAnswer> entry(Long sequence) {
        if (sequence == null) {
            return ToolOutcome.refusal(new Escalation("action entry needs a sequence number",
                    "no entry can be shown", List.of("call again with sequence set", "use action entries to find one"),
                    "call again with sequence set", List.of(new Escalation.Detail("sequence", "must be given"))));
        }
        Optional<AuditEntry> found = audit.get(sequence);
        if (found.isEmpty()) {
            return ToolOutcome.refusal(new Escalation("no audit entry has sequence " + sequence,
                    "nothing to show; the log has " + audit.size() + " entries",
                    List.of("use a sequence between 1 and " + audit.size(), "use action entries to list them"),
                    "use action entries to find the entry", List.of(new Escalation.Detail("sequence",
                    "must be between 1 and " + audit.size()))));
        }
        AuditEntry e = found.get();
        long treeSize = audit.size();
        InclusionProof proof = audit.proveInclusion(e.sequence(), treeSize);
        var view = view(e, true, proof.path(), treeSize);
        return ToolOutcome.success(new AuditLogAnswer(List.of(view), null, treeSize), table(List.of(view)));
    }

    private ToolOutcome<AuditLogAnswer> entries(AuditLogQuery q) {
        AuditQuery query = AuditQuery.all().withLimit(q.limit() == null ? DEFAULT_LIMIT : q.limit());
        if (q.project() != null) {
            query = query.withProject(q.project());
        }
        if (q.tool() != null) {
            query = query.withTool(q.tool());
        }
        if (q.artifactId() != null) {
            query = query.withArtifactId(q.artifactId());
        }
        if (q.from() != null || q.to() != null) {
            query = query.between(q.from() == null ? Instant.EPOCH : Instant.parse(q.from()),
                    q.to() == null ? Instant.MAX : Instant.parse(q.to()));
        }
        List<AuditLogAnswer.EntryView> views = audit.query(query).stream().map(e -> view(e, false, null, null))
                .toList();
        return ToolOutcome.success(new AuditLogAnswer(views, null, audit.size()), table(views));
    }

    private static AuditLogAnswer.EntryView view(AuditEntry e, boolean full, List<String> proof, Long treeSize) {
        var r = e.record();
        return new AuditLogAnswer.EntryView(e.sequence(), e.time().toString(), e.hash(), e.previousHash(), r.tool(),
                r.project(), r.client(), r.session(), r.inputDigest(), r.artifactId(), r.decision(), r.rationale(),
                full ? r.artifact() : null, proof, treeSize);
    }

    private static String table(List<AuditLogAnswer.EntryView> views) {
        if (views.isEmpty()) {
            return "No audit entries match.\n";
        }
        StringBuilder md = new StringBuilder("| # | time | tool | project | artifact | decision |\n|---|---|---|---|---|---|\n");
        for (var v : views) {
            md.append("| ").append(v.sequence()).append(" | ").append(v.time()).append(" | ").append(v.tool())
                    .append(" | ").append(v.project() == null ? "" : v.project()).append(" | ")
                    .append(v.artifactId() == null ? "" : "`" + v.artifactId() + "`").append(" | ")
                    .append(v.decision()).append(" |\n");
        }
        return md.toString();
    }
}
