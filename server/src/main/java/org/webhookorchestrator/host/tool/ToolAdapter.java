package org.webhookorchestrator.host.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webhookorchestrator.host.InFlightCalls;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.api.SecretGuard;
import org.webhookorchestrator.skill.api.ToolContext;
import org.webhookorchestrator.skill.api.ToolContract;
import org.webhookorchestrator.skill.api.ToolHints;
import org.webhookorchestrator.skill.api.ToolOutcome;

/**
 * The one place where a {@link ToolContract} becomes an MCP tool: schemas from the records, arguments bound and
 * validated, the call made, the outcome turned into a result with {@code structuredContent} and Markdown text.
 * A user-fixable problem is an {@code isError} result carrying an escalation; a defect in the server is logged with
 * its cause and answered without internals.
 */
public final class ToolAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);

    private final SchemaFactory schemas;
    private final InputBinder binder;
    private final InFlightCalls inFlight;
    private final SecretGuard secrets;

    public ToolAdapter(SchemaFactory schemas, InputBinder binder) {
        this(schemas, binder, new InFlightCalls(), SecretGuard.NONE);
    }

    public ToolAdapter(SchemaFactory schemas, InputBinder binder, InFlightCalls inFlight, SecretGuard secrets) {
        this.schemas = schemas;
        this.binder = binder;
        this.inFlight = inFlight;
        this.secrets = secrets;
    }

    /** The MCP description of a contract: name, texts, schemas and every hint spelled out. */
    public McpSchema.Tool describe(ToolContract<?, ?> contract) {
        ToolHints hints = contract.hints();
        return McpSchema.Tool.builder()
                .name(contract.name())
                .title(contract.title())
                .description(contract.description())
                .inputSchema(SchemaFactory.asMap(schemas.inputSchema(contract.inputType())))
                .outputSchema(SchemaFactory.asMap(schemas.outputSchema(contract.outputType())))
                .annotations(ToolAnnotations.builder()
                        .title(contract.title())
                        .readOnlyHint(hints.readOnly())
                        .destructiveHint(hints.destructive())
                        .idempotentHint(hints.idempotent())
                        .openWorldHint(hints.openWorld())
                        .build())
                .build();
    }

    public <I, O> SyncToolSpecification specification(ToolContract<I, O> contract) {
        McpSchema.Tool tool = describe(contract);
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(contract, exchange, request))
                .build();
    }

    <I, O> CallToolResult call(ToolContract<I, O> contract, McpSyncServerExchange exchange, CallToolRequest request) {
        inFlight.enter();
        try {
            return invoke(contract, request.arguments(), new ExchangeContext(exchange, request.progressToken()));
        } finally {
            inFlight.exit();
        }
    }

    /** Binds, validates and calls; usable without an MCP session (the command line and tests call it directly). */
    public <I, O> CallToolResult invoke(ToolContract<I, O> contract, Map<String, Object> arguments,
                                        ToolContext context) {
        InputBinder.Binding<I> binding = binder.bind(arguments, contract.inputType());
        if (!binding.ok()) {
            return refusal(invalidArguments(contract.name(), binding.violations()));
        }
        ToolOutcome<O> outcome;
        try {
            outcome = contract.call(binding.value(), context);
        } catch (EscalationException e) {
            return screened(contract.name(), refusal(e.escalation()));
        } catch (RuntimeException e) {
            // A defect, not a user error: keep the cause in the log, keep internals out of the answer.
            LOG.error("tool {} failed", contract.name(), e);
            return refusal(new Escalation(
                    "the " + contract.name() + " tool failed with an internal error (" + e.getClass().getSimpleName()
                            + ")",
                    "no artifact was produced and nothing was recorded for this call",
                    List.of("retry the call once", "report the failure with the server's log around this time"),
                    "report it: an internal error is a defect in the server, not in your arguments",
                    List.of()));
        }
        if (outcome instanceof ToolOutcome.Success<O> success) {
            return screened(contract.name(), CallToolResult.builder()
                    .addTextContent(success.markdown())
                    .structuredContent(CanonicalJson.toMap(success.output()))
                    .isError(false)
                    .build());
        }
        return screened(contract.name(), refusal(((ToolOutcome.Refusal<O>) outcome).escalation()));
    }

    /** Withholds a result that would reveal a secret the server knows, naming the secret by its label only. */
    private CallToolResult screened(String tool, CallToolResult result) {
        String text = result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).reduce("", String::concat);
        Optional<String> leak = secrets.secretIn(text)
                .or(() -> secrets.secretIn(CanonicalJson.bytes(result.structuredContent())));
        if (leak.isEmpty()) {
            return result;
        }
        LOG.warn("withheld the result of {}: it contained the value of secret {}", tool, leak.get());
        return refusal(new Escalation(
                "the result would reveal the value of the secret " + leak.get() + ", so it was withheld",
                "the call's answer is not available; if it recorded a decision, the audit log holds it",
                List.of("pass secrets only as references (env:NAME, file:PATH), never their values, in any argument"),
                "remove the secret value from the arguments and call again", List.of()));
    }

    static Escalation invalidArguments(String tool, List<Violation> violations) {
        return new Escalation(
                "the arguments of " + tool + " are invalid (" + violations.size()
                        + (violations.size() == 1 ? " problem)" : " problems)"),
                "the call was not carried out; nothing was recorded",
                List.of("fix each field listed and call again", "read the tool's inputSchema for every constraint"),
                "fix the listed fields and call again",
                violations.stream().map(v -> new Escalation.Detail(v.path(), v.message())).toList());
    }

    private static CallToolResult refusal(Escalation escalation) {
        ObjectNode error = CanonicalJson.mapper().createObjectNode();
        error.set("escalation", CanonicalJson.mapper().valueToTree(escalation));
        return CallToolResult.builder()
                .addTextContent(escalation.toMarkdown())
                .structuredContent(CanonicalJson.toMap(error))
                .isError(true)
                .build();
    }
}
