package org.webhookorchestrator.webhook.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One fact about a provider together with its standing: the value, how well it is supported, the source keys it rests
 * on and an optional note (a disagreement between sources, how a number was computed, what the sheet says instead).
 *
 * <p>A VERIFIED or SECONDARY fact has a value and at least one source key; an UNVERIFIED fact has neither, so that
 * nobody can mistake a guess for a fact. Numbers, also inside lists, are never negative. Lists and maps are copied.
 */
public record SourcedFact<T>(
        @JsonInclude(JsonInclude.Include.NON_NULL) T value,
        FactStatus status,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    public SourcedFact {
        if (status == null) {
            throw new FieldViolation("", "status is missing; use VERIFIED, SECONDARY or UNVERIFIED");
        }
        sources = sourceKeys(sources);
        if (note != null && note.isBlank()) {
            throw new FieldViolation("", "note must not be blank; leave it out instead");
        }
        if (status == FactStatus.UNVERIFIED) {
            if (value != null) {
                throw new FieldViolation("", "status UNVERIFIED must not carry a value");
            }
            if (!sources.isEmpty()) {
                throw new FieldViolation("", "status UNVERIFIED must not cite source keys " + sources);
            }
        } else {
            if (sources.isEmpty()) {
                throw new FieldViolation("", "status " + status + " requires at least one source key");
            }
            if (value == null) {
                throw new FieldViolation("", "status " + status + " requires a value");
            }
            value = checkedCopy(value);
        }
    }

    public static <T> SourcedFact<T> verified(T value, String... sources) {
        return new SourcedFact<>(value, FactStatus.VERIFIED, Arrays.asList(sources), null);
    }

    public static <T> SourcedFact<T> secondary(T value, String... sources) {
        return new SourcedFact<>(value, FactStatus.SECONDARY, Arrays.asList(sources), null);
    }

    public static <T> SourcedFact<T> unverified() {
        return new SourcedFact<>(null, FactStatus.UNVERIFIED, List.of(), null);
    }

    public static <T> SourcedFact<T> unverified(String note) {
        return new SourcedFact<>(null, FactStatus.UNVERIFIED, List.of(), note);
    }

    /** Whether the fact has a value, i.e. is VERIFIED or SECONDARY. */
    public boolean known() {
        return status != FactStatus.UNVERIFIED;
    }

    public Optional<T> optionalValue() {
        return Optional.ofNullable(value);
    }

    /** Whether the fact is known and its value equals {@code expected}. */
    public boolean hasValue(T expected) {
        return known() && value.equals(expected);
    }

    /** The same fact (status, sources, note) with its value converted, e.g. seconds to a {@code Duration}. */
    public <R> SourcedFact<R> map(Function<? super T, ? extends R> conversion) {
        R converted = value == null ? null : Objects.requireNonNull(conversion.apply(value), "converted value");
        return new SourcedFact<>(converted, status, sources, note);
    }

    /** The same fact with another note. */
    public SourcedFact<T> withNote(String newNote) {
        return new SourcedFact<>(value, status, sources, newNote);
    }

    private static List<String> sourceKeys(List<String> sources) {
        if (sources == null) {
            return List.of();
        }
        for (String key : sources) {
            if (key == null || key.isBlank()) {
                throw new FieldViolation("", "source keys must not be blank");
            }
        }
        if (sources.stream().distinct().count() != sources.size()) {
            throw new FieldViolation("", "source keys must not repeat: " + sources);
        }
        return List.copyOf(sources);
    }

    // The casts hand back the same kind of collection the caller gave, only unmodifiable.
    @SuppressWarnings("unchecked")
    private static <T> T checkedCopy(T value) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkScalar(list.get(i), "value[" + i + "]");
            }
            return (T) List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                checkScalar(entry.getKey(), "value key");
                checkScalar(entry.getValue(), "value['" + entry.getKey() + "']");
            }
            return (T) Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        checkScalar(value, "value");
        return value;
    }

    private static void checkScalar(Object value, String what) {
        if (value == null) {
            throw new FieldViolation("", what + " must not be null");
        }
        if (value instanceof String text && text.isBlank()) {
            throw new FieldViolation("", what + " must not be blank");
        }
        if (value instanceof Number number && number.doubleValue() < 0) {
            throw new FieldViolation("", what + " must not be negative, found " + number);
        }
    }
}
