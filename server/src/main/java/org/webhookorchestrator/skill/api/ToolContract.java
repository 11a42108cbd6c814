package org.webhookorchestrator.skill.api;

/**
 * One tool: a typed input record, a typed output record, explicit hints and a call. The host derives the input and
 * output JSON Schemas from the two record types, binds and validates arguments before {@link #call} and turns the
 * outcome into an MCP result, so an implementation never touches JSON or MCP types.
 *
 * @param <I> the input record, with Jakarta Validation constraints on its components
 * @param <O> the output record, sent as {@code structuredContent}
 */
public interface ToolContract<I, O> {

    /** The tool's name, matching {@code ^[a-z0-9_]{1,64}$}. */
    String name();

    /** A short human title. */
    String title();

    /** What the tool does and when to call it, written for the model choosing a tool. */
    String description();

    Class<I> inputType();

    Class<O> outputType();

    ToolHints hints();

    ToolOutcome<O> call(I input, ToolContext context);
}
