package org.webhookorchestrator.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.webhookorchestrator.app.SecretReference;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.grader.SignedSample;
import org.webhookorchestrator.webhook.grader.SignedSamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code emulate} (hidden; for the signature oracles in {@code .ci/oracles}): writes deliveries signed by the emulator
 * as JSON files, {@code {"kind","method","url","headers":[[name,value]…],"bodyBase64"}}, so that the providers' own
 * libraries can check them. Kinds: {@code valid}, {@code rotation} (an unknown signature first) and {@code
 * tampered} (must be refused).
 */
@Command(name = "emulate", hidden = true, mixinStandardHelpOptions = true,
        description = "Write emulator-signed deliveries as files, for the signature oracles.")
final class EmulateCommand implements Callable<Integer> {

    @Option(names = "--provider", required = true)
    String providerId;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/webhooks/test")
    URI url;

    @Option(names = "--secret", required = true, description = "env:NAME or file:PATH")
    String secret;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--count", defaultValue = "3")
    int count;

    @Override
    public Integer call() throws Exception {
        ProviderEntry provider = ProviderCatalog.loadBuiltIn().find(providerId)
                .orElseThrow(() -> new IllegalArgumentException("unknown provider: " + providerId));
        List<SignedSample> samples = SignedSamples.make(provider, url, SecretReference.resolve(secret), count);
        Files.createDirectories(out);
        JsonMapper json = JsonMapper.builder().build();
        int n = 0;
        for (SignedSample sample : samples) {
            ObjectNode file = json.createObjectNode()
                    .put("kind", sample.kind())
                    .put("method", sample.delivery().method())
                    .put("url", sample.delivery().url());
            ArrayNode headers = file.putArray("headers");
            for (Map.Entry<String, String> header : sample.delivery().headers().entries()) {
                headers.addArray().add(header.getKey()).add(header.getValue());
            }
            file.put("bodyBase64", Base64.getEncoder().encodeToString(sample.delivery().body()));
            json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(
                    String.format("%02d-%s.json", ++n, sample.kind())).toFile(), file);
        }
        System.err.println("emulate: wrote " + n + " signed " + provider.id() + " deliveries to " + out);
        return 0;
    }
}
