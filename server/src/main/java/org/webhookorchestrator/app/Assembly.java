package org.webhookorchestrator.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.FileAuditLog;
import org.webhookorchestrator.audit.SecretRegistry;
import org.webhookorchestrator.cli.Version;
import org.webhookorchestrator.host.McpHost;
import org.webhookorchestrator.host.prompt.PromptLibrary;
import org.webhookorchestrator.skill.audit.AuditLogTool;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.manifest.ManifestSource;
import org.webhookorchestrator.skill.webhook.WebhookOrchestratorSkill;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.validation.StagingPolicy;

/**
 * Builds the whole server from its parts: data directory, audit log, catalog, skills, host. Everything that can be
 * wrong (a damaged log, an invalid manifest or catalog) fails here, before a transport is bound.
 */
public final class Assembly implements AutoCloseable {

    private final Path dataDir;
    private final AuditLog audit;
    private final SecretRegistry secrets;
    private final McpHost host;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Assembly(Path dataDir, AuditLog audit, SecretRegistry secrets, McpHost host) {
        this.dataDir = dataDir;
        this.audit = audit;
        this.secrets = secrets;
        this.host = host;
    }

    public static Assembly open(Path dataDir) {
        return open(dataDir, StagingPolicy.loopbackOnly());
    }

    /** @param staging what the operator allows staged validation: target hosts and secret references */
    public static Assembly open(Path dataDir, StagingPolicy staging) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        SecretRegistry secrets = new SecretRegistry();
        // The catalog loads on a second core while the audit log opens and recovers on this one; loadBuiltIn keeps
        // the instance, so the skills below get the same one.
        CompletableFuture<ProviderCatalog> catalog = CompletableFuture.supplyAsync(ProviderCatalog::loadBuiltIn);
        AuditLog audit = FileAuditLog.open(dataDir, Clock.systemUTC(), secrets);
        try {
            catalog.join();
            McpHost host = new McpHost(Version.current(), skills(audit, secrets, staging), PromptLibrary.builtIn(),
                    secrets::secretIn);
            return new Assembly(dataDir, audit, secrets, host);
        } catch (CompletionException e) {
            audit.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
    }

    /** The skills this server hosts, recording to {@code audit}; not yet checked against their manifests. */
    public static List<Skill> skills(AuditLog audit, SecretRegistry secrets, StagingPolicy staging) {
        var redactor = new SecretRedactor(secrets::register);
        var stagingSetup = new WebhookOrchestratorSkill.Staging(staging, redactor, SecretReference::resolve);
        return List.of(new WebhookOrchestratorSkill(ManifestSource.builtIn(), ProviderCatalog.loadBuiltIn(),
                new AuditDecisionLog(audit), stagingSetup, List.of(new AuditLogTool(audit))));
    }

    public Path dataDir() {
        return dataDir;
    }

    public McpHost host() {
        return host;
    }

    public AuditLog audit() {
        return audit;
    }

    public SecretRegistry secrets() {
        return secrets;
    }

    /** Closes the audit log (which writes a signed checkpoint); safe to call twice, as a shutdown hook may. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            audit.close();
        }
    }
}
