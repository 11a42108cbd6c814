package org.webhookorchestrator.host.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRpcScreenTest {

    private final JsonRpcScreen screen = new JsonRpcScreen(
            new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()), new JsonLimits(8, 256));

    private Optional<JsonRpcRefusal> screen(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return screen.screen(bytes, bytes.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":{}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"no/such/method\"}"
    })
    void aWellFormedMessageGoesOnToTheSdk(String message) {
        assertThat(screen(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"jsonrpc\":                                                      | -32700 | ",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} trailing         | -32700 | ",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"ping\"}         | -32700 | ",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]                | -32600 | ",
        "42                                                                 | -32600 | ",
        "{\"id\":1,\"method\":\"ping\"}                                      | -32600 | 1",
        "{\"jsonrpc\":\"1.0\",\"id\":\"x\",\"method\":\"ping\"}              | -32600 | x",
        "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}                 | -32600 | ",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}                | -32600 | ",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}               | -32600 | ",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}                         | -32600 | 1",
        "{\"jsonrpc\":\"2.0\",\"id\":1}                                      | -32600 | 1",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}   | -32602 | 1",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":[]}} | -32602 | 2",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"a\":[[[[[[[[[]]]]]]]]]}} | -32600 | ",
    })
    void aBadMessageIsRefusedWithTheRightCodeAndId(String message, int code, String id) {
        JsonRpcRefusal refusal = screen(message).orElseThrow();

        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.answered()).isTrue();
        assertThat(refusal.id() == null ? null : refusal.id().toString()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":[]}",
        "{\"jsonrpc\":\"1.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":\"not an object\"}"
    })
    void aBadNotificationOrResponseIsDroppedWithoutAnAnswer(String message) {
        assertThat(screen(message)).hasValueSatisfying(r -> assertThat(r.answered()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u00ff", "\uFEFF{}", "nul", "{\"a\":\"\u0001\"}"})
    void bytesThatAreNotJsonAreAParseErrorOrAnInvalidRequest(String message) {
        assertThat(screen(message)).hasValueSatisfying(r -> assertThat(r.code()).isIn(-32700, -32600));
    }
}
