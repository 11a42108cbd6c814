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
import org.webhookorchestrator.skill.Skill;
import org.webhookorchestrator.skill.audit.AuditLogTool;
import org.webhookorchestrator.skill.core.CoreOrchestratorSkill;
import org.webhookorchestrator.skill.core.CoreQualitySkill;
import org.webhookorchestrator.skill.manifest.ManifestSource;
import org.webhookorchestrator.skill.webhook.WebhookOrchestratorSkill;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.grader.SecretRedactor;
import org.webhookorchestrator.webhook.validation.StagingPolicy;

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

    /**
     * How a server is put together: which skills it hosts, where its dependencies answer, what staged validation may
     * do, and where {@code env:} references are looked up.
     */
    public record Options(SkillSet skillSet, DependencySettings dependencies, StagingPolicy staging,
                          UnaryOperator<String> environment) {

        /** The webhook skill with embedded dependencies and loopback-only staging: {@code serve} without options. */
        public static Options defaults() {
            return new Options(SkillSet.webhook, DependencySettings.embedded(), StagingPolicy.loopbackOnly(),
                    System::getenv);
        }

        public Options withSkills(SkillSet value) {
            return new Options(value, dependencies, staging, environment);
        }

        public Options withDependencies(DependencySettings value) {
            return new Options(skillSet, value, staging, environment);
        }

        public Options withStaging(StagingPolicy value) {
            return new Options(skillSet, dependencies, value, environment);
        }

        public Options withEnvironment(UnaryOperator<String> value) {
            return new Options(skillSet, dependencies, staging, value);
        }
    }

    public static Assembly open(Path dataDir) {
        return open(dataDir, Options.defaults());
    }

    public static Assembly open(Path dataDir, Options options) {
        SkillSet skillSet = options.skillSet();
        DependencySettings settings = options.dependencies();
        UnaryOperator<String> environment = options.environment();
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
            McpHost host = new McpHost(Version.current(), skills(audit, skillSet, dependencies, secrets,
                    options.staging(), environment), PromptLibrary.builtIn(), secrets::secretIn);
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

    /** The skills of {@code skillSet}, not yet checked against their manifests. */
    public static List<Skill> skills(AuditLog audit, SkillSet skillSet, Dependencies dependencies,
                                     SecretRegistry secrets, StagingPolicy staging,
                                     UnaryOperator<String> environment) {
        List<Skill> skills = new ArrayList<>();
        if (skillSet.hostsWebhook()) {
            var redactor = new SecretRedactor(secrets::register);
            var stagingSetup = new WebhookOrchestratorSkill.Staging(staging, redactor,
                    reference -> SecretReference.resolve(reference, environment));
            skills.add(new WebhookOrchestratorSkill(ManifestSource.builtIn(), ProviderCatalog.loadBuiltIn(),
                    new AuditDecisionLog(audit), stagingSetup, dependencies.orchestrator(), dependencies.quality(),
                    List.of(new AuditLogTool(audit))));
        }
        if (skillSet.hostsCore()) {
            skills.add(new CoreOrchestratorSkill(ManifestSource.builtIn(), dependencies.orchestrator()));
            skills.add(new CoreQualitySkill(ManifestSource.builtIn(), dependencies.quality()));
        }
        return List.copyOf(skills);
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
