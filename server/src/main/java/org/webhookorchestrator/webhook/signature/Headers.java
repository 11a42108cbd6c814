package org.webhookorchestrator.webhook.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP headers as a receiver sees them: ordered, multi-valued, looked up without regard to case (RFC 9110 §5.1).
 * Names keep the casing they were given so that a signer can write a provider's canonical spelling.
 *
 * <p>{@link #toString()} shows names only: some schemes (GitLab) carry a secret in a header value.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Map.Entry<String, String>> entries;

    private Headers(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from alternating names and values: {@code of("Content-Type", "application/json", ...)}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, got " + namesAndValues.length
                    + " strings");
        }
        Headers headers = EMPTY;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers = headers.with(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    /** Headers from a map of name to values, in the map's iteration order. */
    public static Headers of(Map<String, ? extends List<String>> map) {
        Headers headers = EMPTY;
        for (Map.Entry<String, ? extends List<String>> entry : map.entrySet()) {
            for (String value : entry.getValue()) {
                headers = headers.with(entry.getKey(), value);
            }
        }
        return headers;
    }

    /** The first value of {@code name}, in any case. */
    public Optional<String> first(String name) {
        String key = normalize(name);
        for (Map.Entry<String, String> entry : entries) {
            if (normalize(entry.getKey()).equals(key)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in any case, in the order received. */
    public List<String> all(String name) {
        String key = normalize(name);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries) {
            if (normalize(entry.getKey()).equals(key)) {
                values.add(entry.getValue());
            }
        }
        return List.copyOf(values);
    }

    public boolean contains(String name) {
        return first(name).isPresent();
    }

    /** These headers plus one more value of {@code name}. */
    public Headers with(String name, String value) {
        requireToken(name);
        Objects.requireNonNull(value, "value of header " + name);
        List<Map.Entry<String, String>> copy = new ArrayList<>(entries);
        copy.add(Map.entry(name, value));
        return new Headers(Collections.unmodifiableList(copy));
    }

    /** These headers with every value of {@code name} (in any case) removed. */
    public Headers without(String name) {
        String key = normalize(name);
        List<Map.Entry<String, String>> copy = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries) {
            if (!normalize(entry.getKey()).equals(key)) {
                copy.add(entry);
            }
        }
        return new Headers(Collections.unmodifiableList(copy));
    }

    /** These headers with {@code name} set to the single {@code value}. */
    public Headers withReplaced(String name, String value) {
        return without(name).with(name, value);
    }

    /** These headers with every name in {@code other} replaced by its values there. */
    public Headers withReplacedBy(Headers other) {
        Headers result = this;
        for (String name : other.names()) {
            result = result.without(name);
        }
        for (Map.Entry<String, String> entry : other.entries) {
            result = result.with(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** Distinct names in first-seen order and first-seen casing. */
    public Set<String> names() {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, String> entry : entries) {
            if (seen.add(normalize(entry.getKey()))) {
                names.add(entry.getKey());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** Every (name, value) pair in order; names in the casing given. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void requireToken(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isEmpty() || !name.chars().allMatch(Headers::isTokenChar)) {
            throw new IllegalArgumentException("not a valid header name: \"" + name + "\"");
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Headers that) || that.entries.size() != entries.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, String> a = entries.get(i);
            Map.Entry<String, String> b = that.entries.get(i);
            if (!normalize(a.getKey()).equals(normalize(b.getKey())) || !a.getValue().equals(b.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Map.Entry<String, String> entry : entries) {
            hash = 31 * hash + normalize(entry.getKey()).hashCode();
            hash = 31 * hash + entry.getValue().hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Headers" + names();
    }
}
