package org.webhookorchestrator.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.webhookorchestrator.audit.AuditLog;
import org.webhookorchestrator.audit.FileAuditLog;
import org.webhookorchestrator.audit.SecretRegistry;
import org.webhookorchestrator.cli.Version;
import org.webhookorchestrator.host.McpHost;
import org.webhookorchestrator.host.prompt.PromptLibrary;
import org.webhookorchestrator.skill.audit.AuditLogTool;
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.core.CoreOrchestratorSkill;
import org.webhookorchestrator.skill.core.CoreQualitySkill;
import org.webhookorchestrator.skill.manifest.ManifestSource;
import org.webhookorchestrator.skill.webhook.WebhookOrchestratorSkill;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;

/**
 * Builds the whole server from its parts: data directory, dependency skills, audit log, catalog, skills, host.
 * Everything that can be wrong (a damaged log, an invalid manifest or catalog, an unresolvable token reference)
 * fails here, before a transport is bound.
 */
public final class Assembly implements AutoCloseable {

    private final Path dataDir;
    private final AuditLog audit;
    private final SecretRegistry secrets;
    private final Dependencies dependencies;
    private final McpHost host;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Assembly(Path dataDir, AuditLog audit, SecretRegistry secrets, Dependencies dependencies, McpHost host) {
        this.dataDir = dataDir;
        this.audit = audit;
        this.secrets = secrets;
        this.dependencies = dependencies;
        this.host = host;
    }

    /** The webhook skill with embedded dependencies: what {@code serve} runs without options. */
    public static Assembly open(Path dataDir) {
        return open(dataDir, SkillSet.webhook, DependencySettings.embedded(), System::getenv);
    }

    public static Assembly open(Path dataDir, SkillSet skillSet, DependencySettings settings) {
        return open(dataDir, skillSet, settings, System::getenv);
    }

    /** @param environment where {@code env:} token references are looked up */
    public static Assembly open(Path dataDir, SkillSet skillSet, DependencySettings settings,
                                UnaryOperator<String> environment) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        SecretRegistry secrets = new SecretRegistry();
        // Tokens are resolved and registered before anything else runs, so no log line or entry can carry one.
        Dependencies dependencies = Dependencies.open(settings, dataDir, secrets, Version.current(), environment);
        // The catalog loads on a second core while the audit log opens and recovers on this one; loadBuiltIn keeps
        // the instance, so the skills below get the same one.
        CompletableFuture<ProviderCatalog> catalog = CompletableFuture.supplyAsync(ProviderCatalog::loadBuiltIn);
        AuditLog audit;
        try {
            audit = FileAuditLog.open(dataDir, Clock.systemUTC(), secrets);
        } catch (RuntimeException e) {
            dependencies.close();
            throw e;
        }
        try {
            catalog.join();
            McpHost host = new McpHost(Version.current(), skills(audit, skillSet, dependencies),
                    PromptLibrary.builtIn(), secrets::secretIn);
            return new Assembly(dataDir, audit, secrets, dependencies, host);
        } catch (CompletionException e) {
            audit.close();
            dependencies.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            audit.close();
            dependencies.close();
            throw e;
        }
    }

    /** The webhook skill, recording to {@code audit}; not yet checked against its manifest. */
    public static List<Skill> skills(AuditLog audit) {
        return List.of(webhookSkill(audit));
    }

    /** The skills of {@code skillSet}, not yet checked against their manifests. */
    public static List<Skill> skills(AuditLog audit, SkillSet skillSet, Dependencies dependencies) {
        List<Skill> skills = new ArrayList<>();
        if (skillSet.hostsWebhook()) {
            skills.add(webhookSkill(audit));
        }
        if (skillSet.hostsCore()) {
            skills.add(new CoreOrchestratorSkill(ManifestSource.builtIn(), dependencies.orchestrator()));
            skills.add(new CoreQualitySkill(ManifestSource.builtIn(), dependencies.quality()));
        }
        return List.copyOf(skills);
    }

    private static Skill webhookSkill(AuditLog audit) {
        return new WebhookOrchestratorSkill(ManifestSource.builtIn(), ProviderCatalog.loadBuiltIn(),
                new AuditDecisionLog(audit), List.of(new AuditLogTool(audit)));
    }

    /** The dependency skills, embedded or remote, that the skills consult. */
    public Dependencies dependencies() {
        return dependencies;
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

    /**
     * Closes the remote sessions and the audit log (which writes a signed checkpoint); safe to call twice, as a
     * shutdown hook may.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dependencies.close();
            audit.close();
        }
    }
}
