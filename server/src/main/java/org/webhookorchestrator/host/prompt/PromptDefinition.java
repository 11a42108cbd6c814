package org.webhookorchestrator.host.prompt;

import java.util.List;

/**
 * A prompt template as written in {@code prompts/prompts.json}: its arguments and the Markdown template file whose
 * {@code {{argument}}} placeholders are filled in when a client asks for it.
 */
public record PromptDefinition(String name, String title, String description, List<Argument> arguments,
                               String template) {

    public PromptDefinition {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** One argument; an optional one left out renders as the text in {@code absent}. */
    public record Argument(String name, String description, boolean required, String absent) {
    }
}
