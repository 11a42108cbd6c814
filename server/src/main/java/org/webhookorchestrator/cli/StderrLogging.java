package org.webhookorchestrator.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Map;

/**
 * Logback's configuration, in code: every log line goes to standard error (standard output belongs to the stdio
 * transport). Configuring in code rather than from logback.xml spares start-up the XML parser and Logback's
 * configuration interpreter, several hundred classes. The root level comes from {@code WEBHOOK_ORCHESTRATOR_LOG_LEVEL}
 * (default INFO); noisy libraries stay at WARN.
 */
public final class StderrLogging extends ContextAwareBase implements Configurator {

    static final String LEVEL_ENV = "WEBHOOK_ORCHESTRATOR_LOG_LEVEL";
    private static final Map<String, Level> QUIET = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "io.modelcontextprotocol", Level.WARN,
            "org.hibernate.validator", Level.WARN,
            "org.jboss.logging", Level.WARN,
            "com.github.victools", Level.WARN,
            "reactor", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getenv(LEVEL_ENV)));
        root.addAppender(stderr);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level rootLevel(String configured) {
        return configured == null || configured.isBlank() ? Level.INFO
                : Level.toLevel(configured.strip().toUpperCase(Locale.ROOT), Level.INFO);
    }
}
