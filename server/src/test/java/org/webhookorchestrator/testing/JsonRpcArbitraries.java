package org.webhookorchestrator.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated inputs for the transports: JSON-RPC messages right and wrong in every member, tool calls with arbitrary
 * arguments and mutated fixture briefs, damaged JSON text, and raw bytes. Every input is one line (no LF byte).
 */
public final class JsonRpcArbitraries {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> METHODS = List.of("initialize", "ping", "tools/list", "tools/call", "prompts/list",
            "prompts/get", "resources/list", "resources/read", "resources/templates/list", "resources/subscribe",
            "logging/setLevel", "completion/complete", "notifications/initialized", "notifications/cancelled",
            "notifications/progress", "notifications/roots/list_changed", "sampling/createMessage");

    static final List<String> BRIEFS = List.of("stripe-github-custom", "stripe-billing", "github-ci", "shopify-slack",
            "custom-provider", "standard-webhooks-partner");

    private JsonRpcArbitraries() {
    }

    /** Any of the kinds below, as the bytes of one line. */
    public static Arbitrary<byte[]> lines() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, messages().map(JsonRpcArbitraries::bytes)),
                Tuple.of(2, toolCalls().map(JsonRpcArbitraries::bytes)),
                Tuple.of(2, damaged()),
                Tuple.of(1, rawBytes()));
    }

    /** A JSON-RPC-shaped object in which each member may be right, wrong or missing. */
    public static Arbitrary<Map<String, Object>> messages() {
        Arbitrary<Object> version = Arbitraries.of("2.0", "2.0", "2.0", "1.0", "", "null", 2).map(v -> v);
        Arbitrary<Object> id = Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.strings().alpha().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(1.5, true, List.of(1), Map.of("a", 1)).map(o -> (Object) o),
                Arbitraries.just("<absent>"));
        Arbitrary<Object> method = Arbitraries.oneOf(Arbitraries.of(METHODS).map(m -> (Object) m),
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.of(7, List.of(), "<absent>").map(o -> (Object) o));
        Arbitrary<Object> params = Arbitraries.oneOf(json(3), Arbitraries.just("<absent>"));
        return Combinators.combine(version, id, method, params).as((v, i, m, p) -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("jsonrpc", v);
            put(message, "id", i);
            put(message, "method", m);
            put(message, "params", p);
            return message;
        });
    }

    /** {@code tools/call} of a real or invented tool, with arbitrary arguments or a fixture brief with one member changed. */
    public static Arbitrary<Map<String, Object>> toolCalls() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("webhook_inventory", "webhook_providers"),
                Arbitraries.strings().alpha().ofMaxLength(10));
        Arbitrary<Object> arguments = Arbitraries.oneOf(json(3), mutatedBriefs());
        return Combinators.combine(Arbitraries.integers().between(1, 1_000_000), name, arguments).as((i, n, a) -> {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("name", n);
            params.put("arguments", a);
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("jsonrpc", "2.0");
            message.put("id", i);
            message.put("method", "tools/call");
            message.put("params", params);
            return message;
        });
    }

    private static Arbitrary<Object> mutatedBriefs() {
        return Combinators.combine(Arbitraries.of(BRIEFS), Arbitraries.integers().between(0, 20), json(2))
                .as((brief, which, value) -> {
                    Map<String, Object> copy = new HashMap<>(Fixtures.brief(brief));
                    List<String> keys = copy.keySet().stream().sorted().toList();
                    copy.put(keys.get(which % keys.size()), value);
                    return copy;
                });
    }

    /** Valid message text with a cut, a deleted or an inserted character. */
    public static Arbitrary<byte[]> damaged() {
        return Combinators.combine(messages(), Arbitraries.integers().between(0, 400),
                Arbitraries.chars().ascii(), Arbitraries.integers().between(0, 2)).as((m, at, c, how) -> {
                    String text = new String(bytes(m), StandardCharsets.UTF_8);
                    int i = Math.min(at, text.length());
                    String out = switch (how) {
                        case 0 -> text.substring(0, i);
                        case 1 -> i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
                        default -> text.substring(0, i) + c + text.substring(i);
                    };
                    return noLineEnd(out.getBytes(StandardCharsets.UTF_8));
                });
    }

    /** Bytes of any value but LF: binary blobs, invalid UTF-8, control characters. */
    public static Arbitrary<byte[]> rawBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(JsonRpcArbitraries::noLineEnd);
    }

    /** Any JSON value up to {@code depth} levels. */
    public static Arbitrary<Object> json(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(16).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> inner = json(depth - 1);
        return Arbitraries.oneOf(leaf,
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(10), inner).ofMaxSize(4)
                        .map(m -> (Object) m));
    }

    private static void put(Map<String, Object> message, String key, Object value) {
        if (!"<absent>".equals(value)) {
            message.put(key, value);
        }
    }

    static byte[] bytes(Map<String, Object> message) {
        try {
            return JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] noLineEnd(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                bytes[i] = ' ';
            }
        }
        return bytes;
    }
}
