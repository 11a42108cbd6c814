package org.webhookorchestrator.host.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.webhookorchestrator.testing.JsonRpcArbitraries;

/** The screen on its own, over generated lines: it never throws, and every refusal is a JSON-RPC error it may send. */
class JsonRpcScreenPropertyTest {

    private final JsonRpcScreen screen = new JsonRpcScreen(new JacksonMcpJsonMapper(new ObjectMapper()),
            JsonLimits.DEFAULT);

    @Provide
    Arbitrary<byte[]> lines() {
        return JsonRpcArbitraries.lines();
    }

    @Property(tries = 2000)
    void everyLineIsAdmittedOrRefusedWithAStandardCode(@ForAll("lines") byte[] line) throws Exception {
        Optional<JsonRpcRefusal> refusal = screen.screen(line, line.length);

        refusal.ifPresent(r -> assertThat(r.code()).isIn(-32700, -32600, -32602));
        if (refusal.isPresent()) {
            var envelope = new ObjectMapper().readTree(refusal.get().envelope());
            assertThat(envelope.path("jsonrpc").asText()).isEqualTo("2.0");
            assertThat(envelope.has("id")).isTrue();
        }
    }
}
