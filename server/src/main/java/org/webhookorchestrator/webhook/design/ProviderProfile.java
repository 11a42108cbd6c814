package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.webhook.catalog.IdempotencyKey;
import org.webhookorchestrator.webhook.catalog.SchemeKind;
import org.webhookorchestrator.webhook.catalog.TimestampUnit;
import org.webhookorchestrator.webhook.inventory.Inventory;
import org.webhookorchestrator.webhook.inventory.Inventory.InventoriedProvider;

/**
 * A provider as the design engine sees it: the inventory's facts, read back into types. The engine trusts the
 * inventory, not the catalog, so that a design follows from the artifact it cites and a change to one fact there shows
 * in exactly the decisions that read it. An unverified fact is simply absent; a value that cannot be read is a problem
 * with its path.
 */
public final class ProviderProfile {

    private final InventoriedProvider provider;
    private final Map<String, Known<?>> facts;

    private ProviderProfile(InventoriedProvider provider, Map<String, Known<?>> facts) {
        this.provider = provider;
        this.facts = facts;
    }

    /** Reads one inventory provider; each unreadable fact adds a problem under {@code path}. */
    public static ProviderProfile read(InventoriedProvider provider, String path, List<DesignProblem> problems) {
        Map<String, Known<?>> facts = new LinkedHashMap<>();
        for (int i = 0; i < provider.facts().size(); i++) {
            Inventory.Fact fact = provider.facts().get(i);
            if (fact.status() == Inventory.FactStatus.unverified || fact.value() == null) {
                continue;
            }
            FactRef ref = new FactRef(provider.providerId(), fact.name(), fact.status(), fact.sources());
            try {
                Object value = parse(fact.name(), fact.value());
                if (value != null) {
                    facts.put(fact.name(), new Known<>(value, ref, fact.note()));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DesignProblem(path + ".facts[" + i + "].value", e.getMessage()));
            }
        }
        return new ProviderProfile(provider, facts);
    }

    public String id() {
        return provider.providerId();
    }

    public String displayName() {
        return provider.displayName();
    }

    public boolean custom() {
        return provider.match() == Inventory.Match.custom;
    }

    public InventoriedProvider inventory() {
        return provider;
    }

    public List<String> events() {
        return provider.events();
    }

    public Optional<String> apiVersion() {
        return Optional.ofNullable(provider.apiVersion());
    }

    public Optional<Known<String>> text(String fact) {
        return typed(fact, String.class);
    }

    public Optional<Known<Boolean>> flag(String fact) {
        return typed(fact, Boolean.class);
    }

    public Optional<Known<Long>> number(String fact) {
        return typed(fact, Long.class);
    }

    public Optional<Known<SchemeKind>> schemeKind() {
        return typed("signing.schemeKind", SchemeKind.class);
    }

    public Optional<Known<TimestampUnit>> timestampUnit() {
        return typed("signing.timestampUnit", TimestampUnit.class);
    }

    public Optional<Known<IdempotencyKey>> idempotencyKey() {
        return typed("delivery.idempotencyKey", IdempotencyKey.class);
    }

    @SuppressWarnings("unchecked")
    public Optional<Known<List<String>>> signatureHeaders() {
        return Optional.ofNullable((Known<List<String>>) facts.get("signing.signatureHeaders"));
    }

    @SuppressWarnings("unchecked")
    public Optional<Known<List<Long>>> retrySchedule() {
        return Optional.ofNullable((Known<List<Long>>) facts.get("delivery.retryScheduleSeconds"));
    }

    @SuppressWarnings("unchecked")
    public Optional<Known<Map<String, String>>> responseSemantics() {
        return Optional.ofNullable((Known<Map<String, String>>) facts.get("delivery.responseSemantics"));
    }

    /** The reference of a known fact of any type. */
    public Optional<FactRef> ref(String fact) {
        return Optional.ofNullable(facts.get(fact)).map(Known::ref);
    }

    /** Whether the fact is known and true. */
    public boolean isTrue(String fact) {
        return flag(fact).map(k -> k.value()).orElse(false);
    }

    /** Whether the fact is known and false. */
    public boolean isFalse(String fact) {
        return flag(fact).map(k -> !k.value()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<Known<T>> typed(String fact, Class<T> type) {
        Known<?> known = facts.get(fact);
        if (known == null) {
            return Optional.empty();
        }
        if (!type.isInstance(known.value())) {
            throw new IllegalStateException(fact + " is read as " + known.value().getClass().getSimpleName());
        }
        return Optional.of((Known<T>) known);
    }

    private static Object parse(String name, String text) {
        return switch (FactShape.of(name)) {
            case TEXT -> text;
            case FLAG -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(name + " must be true or false, found '" + text + "'");
            };
            case NUMBER -> number(name, text);
            case NUMBERS -> text.isBlank() ? List.of()
                    : Arrays.stream(text.split(",")).map(part -> number(name, part.strip())).toList();
            case TEXTS -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case SCHEME_KIND -> enumValue(name, text, SchemeKind.class);
            case TIMESTAMP_UNIT -> enumValue(name, text, TimestampUnit.class);
            case KEY -> json(name, text, new TypeReference<IdempotencyKey>() { });
            case MAP -> json(name, text, new TypeReference<LinkedHashMap<String, String>>() { });
            case IGNORED -> null;
        };
    }

    private static Long number(String name, String text) {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new IllegalArgumentException(name + " must not be negative, found " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, found '" + text + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(String name, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(text)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException(name + " must be one of " + allowed + ", found '" + text + "'");
    }

    private static <T> T json(String name, String text, TypeReference<T> type) {
        try {
            return CanonicalJson.mapper().readValue(text, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException(name + " is not readable as JSON of the expected shape");
        }
    }
}
