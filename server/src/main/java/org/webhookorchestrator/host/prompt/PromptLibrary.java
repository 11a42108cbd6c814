package org.webhookorchestrator.host.prompt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates from {@code prompts/}, checked when loaded: every placeholder is a declared argument, every
 * argument is used, names are unique. A broken template stops the server at start, not at the first {@code prompts/get}.
 */
public final class PromptLibrary {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_][a-z0-9_]*)}}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Loaded> prompts;

    private record Loaded(PromptDefinition definition, String template) {
    }

    private PromptLibrary(Map<String, Loaded> prompts) {
        this.prompts = prompts;
    }

    /** Loads the library built into the jar. */
    public static PromptLibrary builtIn() {
        return load(path -> {
            try (InputStream in = PromptLibrary.class.getResourceAsStream("/prompts/" + path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
    }

    /** Reads a file of the prompt folder by its relative path. */
    @FunctionalInterface
    public interface Files {
        Optional<String> read(String path) throws IOException;
    }

    public static PromptLibrary load(Files files) {
        try {
            String index = files.read("prompts.json")
                    .orElseThrow(() -> new IllegalStateException("prompts/prompts.json is missing"));
            PromptDefinition[] definitions = JSON.readValue(index, PromptDefinition[].class);
            Map<String, Loaded> loaded = new LinkedHashMap<>();
            for (PromptDefinition d : definitions) {
                String template = files.read(d.template()).orElseThrow(() -> new IllegalStateException(
                        "prompt " + d.name() + ": template " + d.template() + " is missing"));
                check(d, template);
                if (loaded.put(d.name(), new Loaded(d, template)) != null) {
                    throw new IllegalStateException("prompt " + d.name() + " is defined twice");
                }
            }
            return new PromptLibrary(loaded);
        } catch (IOException e) {
            throw new IllegalStateException("prompts/prompts.json cannot be read: " + e.getMessage(), e);
        }
    }

    private static void check(PromptDefinition d, String template) {
        if (d.name() == null || !d.name().matches("^[a-z0-9_]{1,64}$")) {
            throw new IllegalStateException("prompt name must match ^[a-z0-9_]{1,64}$, found " + d.name());
        }
        Set<String> declared = new HashSet<>();
        d.arguments().forEach(a -> declared.add(a.name()));
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String u : used) {
            if (!declared.contains(u)) {
                throw new IllegalStateException("prompt " + d.name() + ": placeholder {{" + u + "}} is not an argument");
            }
        }
        for (String a : declared) {
            if (!used.contains(a)) {
                throw new IllegalStateException("prompt " + d.name() + ": argument " + a + " is never used");
            }
        }
    }

    public List<PromptDefinition> definitions() {
        return prompts.values().stream().map(Loaded::definition).toList();
    }

    /**
     * The template with its arguments filled in.
     *
     * @throws IllegalArgumentException naming every missing required argument and every unknown one
     */
    public String render(String name, Map<String, String> arguments) {
        Loaded p = prompts.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown prompt " + name + " (known: " + String.join(", ",
                    prompts.keySet()) + ")");
        }
        Map<String, String> args = arguments == null ? Map.of() : arguments;
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (PromptDefinition.Argument a : p.definition().arguments()) {
            names.add(a.name());
            String v = args.get(a.name());
            if (a.required() && (v == null || v.isBlank())) {
                problems.add("argument " + a.name() + " is required");
            }
        }
        args.keySet().stream().filter(k -> !names.contains(k)).sorted()
                .forEach(k -> problems.add("argument " + k + " is not one of " + Arrays.toString(names.stream()
                        .sorted().toArray())));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("prompt " + name + ": " + String.join("; ", problems));
        }
        Matcher m = PLACEHOLDER.matcher(p.template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String arg = m.group(1);
            String value = args.get(arg);
            if (value == null || value.isBlank()) {
                value = p.definition().arguments().stream().filter(a -> a.name().equals(arg)).findFirst()
                        .map(PromptDefinition.Argument::absent).orElse("");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
