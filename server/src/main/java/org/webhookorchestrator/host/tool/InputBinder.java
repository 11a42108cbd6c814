package org.webhookorchestrator.host.tool;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Turns a tool's JSON arguments into its input record, or into the list of everything wrong with them. Shape errors
 * (unknown property, wrong type, bad enum value) come from binding; rule errors (blank, too long, bad pattern) from
 * Hibernate Validator. Both name the field path, so the caller can fix every problem in one round trip.
 */
public final class InputBinder {

    private static final ObjectMapper ARGUMENTS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final CompletableFuture<Validator> validator;

    /**
     * Starts building the validator in the background: Hibernate Validator takes a large share of start-up, and the
     * first call that needs it comes only after the client has initialized and listed the tools.
     */
    public InputBinder() {
        this.validator = CompletableFuture.supplyAsync(InputBinder::buildValidator, runnable -> {
            Thread t = new Thread(runnable, "validator-bootstrap");
            t.setDaemon(true);
            t.start();
        });
    }

    private static Validator buildValidator() {
        // The parameter interpolator needs no expression language at run time: messages stay plain and fast.
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** The bound record, or the violations; exactly one is present. */
    public record Binding<I>(I value, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    public <I> Binding<I> bind(Map<String, Object> arguments, Class<I> type) {
        I value;
        try {
            value = ARGUMENTS.convertValue(arguments == null ? Map.of() : arguments, type);
        } catch (IllegalArgumentException e) {
            return new Binding<>(null, List.of(shapeViolation(e, type)));
        }
        if (value == null) {
            return new Binding<>(null, List.of(new Violation("(arguments)", "must be an object")));
        }
        List<Violation> violations = validate(value);
        return new Binding<>(violations.isEmpty() ? value : null, violations);
    }

    /** Validates an already-built value (for example a record read back from the audit log). */
    public List<Violation> validate(Object value) {
        return validator.join().validate(value).stream()
                .map(InputBinder::toViolation)
                .sorted()
                .distinct()
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString()
                .replace(".<list element>", "")
                .replace(".<map value>", "")
                .replace(".<iterable element>", "");
        return new Violation(path.isEmpty() ? "(arguments)" : path, v.getMessage());
    }

    private static Violation shapeViolation(IllegalArgumentException e, Class<?> type) {
        if (!(e.getCause() instanceof JsonMappingException cause)) {
            return new Violation("(arguments)", "cannot be read as " + type.getSimpleName());
        }
        String path = pathOf(cause);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new Violation(path, "unknown property" + (known.isEmpty() ? "" : " (expected one of: " + known + ")"));
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> ARGUMENTS.convertValue(c, String.class))
                    .collect(Collectors.joining(", "));
            return new Violation(path, "must be one of: " + allowed + " (got " + quoted(format.getValue()) + ")");
        }
        if (cause instanceof InvalidNullException) {
            return new Violation(path, "must not be null");
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Violation(path, "must be " + describe(mismatch.getTargetType()));
        }
        // Jackson's own message names Java classes; the caller needs only where and what.
        return new Violation(path, "has an invalid value");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(arguments)" : path.toString();
    }

    private static String describe(Class<?> target) {
        if (target == String.class || target.isEnum()) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        return "an object";
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
