package org.webhookorchestrator.core.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyFailure;
import org.webhookorchestrator.core.DependencyInfo;

/**
 * A dependency skill on another MCP server, called with the MCP Java SDK client over Streamable HTTP. Each call goes
 * through a circuit breaker and, when the operation is idempotent, a retry with exponential backoff and jitter; every
 * answer is checked against the contract schema before anyone reads it. The session is opened on first use and
 * dropped after a transport failure, so that a restarted remote is found again.
 */
public final class RemoteSkill implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSkill.class);
    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // output schemas are open to additions
            .build();

    private final String dependency;
    private final RemoteEndpoint endpoint;
    private final RemotePolicy policy;
    private final String clientVersion;
    private final Function<Class<?>, Map<String, Object>> schemaOf;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final DefaultJsonSchemaValidator validator = new DefaultJsonSchemaValidator(new ObjectMapper());
    private McpSyncClient client;
    private volatile String lastVersion = "unknown";

    /**
     * @param schemaOf the output schema of a result record, as the host generates it for the same record
     */
    public RemoteSkill(String dependency, RemoteEndpoint endpoint, RemotePolicy policy, String clientVersion,
                       Function<Class<?>, Map<String, Object>> schemaOf) {
        this.dependency = dependency;
        this.endpoint = endpoint;
        this.policy = policy;
        this.clientVersion = clientVersion;
        this.schemaOf = schemaOf;
        this.breaker = CircuitBreaker.of(dependency, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.breakerWindow())
                .minimumNumberOfCalls(policy.breakerMinimumCalls())
                .failureRateThreshold(policy.failureRatePercent())
                .waitDurationInOpenState(policy.openWait())
                .permittedNumberOfCallsInHalfOpenState(policy.halfOpenCalls())
                // Half-open on the next call after the wait rather than from a timer thread of the breaker's own.
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(e -> e instanceof RemoteFailureException)
                .build());
        this.retry = Retry.of(dependency, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(policy.jitter() == 0
                        ? IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), policy.backoffMultiplier())
                        : IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(),
                                policy.backoffMultiplier(), policy.jitter()))
                .retryOnException(e -> e instanceof RemoteFailureException f && f.kind().isTransient())
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn("{} at {}: circuit {}", dependency,
                endpoint.url(), event.getStateTransition()));
    }

    /** Who answers, as far as is known: the version is the one the remote gave in its last answer. */
    public DependencyInfo info() {
        return new DependencyInfo(dependency, DependencyInfo.Binding.remote, lastVersion, endpoint.url().toString());
    }

    /** The breaker's state (CLOSED, OPEN, HALF_OPEN), for operators and tests. */
    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    /** Calls the operation and says what came of it; never throws for a failure of the remote. */
    public <R, T> DependencyAnswer<T> call(RemoteOperation<R, T> operation, Object input) {
        Map<String, Object> arguments = CanonicalJson.toMap(input);
        Supplier<R> guarded = CircuitBreaker.decorateSupplier(breaker, () -> attempt(operation, arguments));
        Supplier<R> call = operation.idempotent() ? Retry.decorateSupplier(retry, guarded) : guarded;
        try {
            R result = call.get();
            DependencyInfo by = operation.answeredBy().apply(result);
            lastVersion = by.version();
            return DependencyAnswer.answered(operation.value().apply(result), info());
        } catch (CallNotPermittedException e) {
            return DependencyAnswer.unavailable(DependencyFailure.circuit_open, "the circuit is open after repeated "
                    + "failures; the call was not attempted and is let through again "
                    + policy.openWait().toMillis() + " ms after it opened", info());
        } catch (RemoteFailureException e) {
            LOG.warn("{} {} failed: {}", dependency, operation.tool(), e.getMessage());
            return DependencyAnswer.unavailable(e.kind(), e.getMessage(), info());
        }
    }

    private <R, T> R attempt(RemoteOperation<R, T> operation, Map<String, Object> arguments) {
        McpSyncClient session = session();
        McpSchema.CallToolResult result;
        try {
            result = session.callTool(McpSchema.CallToolRequest.builder(operation.tool()).arguments(arguments).build());
        } catch (RuntimeException e) {
            RemoteFailureException failure = FailureClassifier.classify(e, endpoint, policy);
            if (failure.kind() != DependencyFailure.remote_error) {
                drop(session);
            }
            throw failure;
        }
        return checked(operation, result);
    }

    /** The answer bound to its record, or a contract violation naming what is wrong with it. */
    private <R, T> R checked(RemoteOperation<R, T> operation, McpSchema.CallToolResult result) {
        String where = endpoint.url() + " " + operation.tool();
        if (Boolean.TRUE.equals(result.isError())) {
            throw new RemoteFailureException(DependencyFailure.remote_error, where + " answered with an error: "
                    + firstLine(text(result)), null);
        }
        if (!(result.structuredContent() instanceof Map<?, ?>)) {
            throw new RemoteFailureException(DependencyFailure.contract_violation, where
                    + " answered without structured content", null);
        }
        var validation = validator.validate(schemaOf.apply(operation.resultType()), result.structuredContent());
        if (!validation.valid()) {
            throw new RemoteFailureException(DependencyFailure.contract_violation, where + " answered against the "
                    + operation.contract() + " contract: " + firstLine(validation.errorMessage()), null);
        }
        R bound;
        try {
            bound = BINDER.convertValue(result.structuredContent(), operation.resultType());
        } catch (IllegalArgumentException e) {
            throw new RemoteFailureException(DependencyFailure.contract_violation, where + " answered a result "
                    + "that does not bind to " + operation.contract() + ": " + firstLine(e.getMessage()), e);
        }
        String declared = operation.contractOf().apply(operation.value().apply(bound));
        if (!operation.contract().equals(declared)) {
            throw new RemoteFailureException(DependencyFailure.contract_violation, where + " speaks " + declared
                    + ", this server expects " + operation.contract(), null);
        }
        return bound;
    }

    private synchronized McpSyncClient session() {
        if (client != null) {
            return client;
        }
        // Every request the transport sends starts from a copy of this builder, so the token rides on each one.
        HttpRequest.Builder requests = HttpRequest.newBuilder();
        if (endpoint.token() != null) {
            requests.header("Authorization", "Bearer " + endpoint.token().value());
        }
        var transport = HttpClientStreamableHttpTransport.builder(endpoint.base())
                .endpoint(endpoint.path())
                .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                .connectTimeout(policy.connectTimeout())
                .maxResponseSize(MAX_RESPONSE_BYTES)
                .requestBuilder(requests)
                .build();
        McpSyncClient created = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("webhook-orchestrator", clientVersion).build())
                .requestTimeout(policy.callTimeout())
                .initializationTimeout(policy.callTimeout())
                .build();
        try {
            created.initialize();
        } catch (RuntimeException e) {
            closeQuietly(created);
            throw FailureClassifier.classify(e, endpoint, policy);
        }
        client = created;
        return created;
    }

    private synchronized void drop(McpSyncClient session) {
        if (client == session) {
            client = null;
        }
        closeQuietly(session);
    }

    private static void closeQuietly(McpSyncClient session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.debug("closing a failed session: {}", e.toString());
        }
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content() == null ? "" : result.content().stream()
                .filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).findFirst().orElse("");
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int nl = line.indexOf('\n');
        line = nl < 0 ? line : line.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            closeQuietly(client);
            client = null;
        }
    }
}
