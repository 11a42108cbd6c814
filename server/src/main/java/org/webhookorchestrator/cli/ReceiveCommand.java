package org.webhookorchestrator.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.webhookorchestrator.app.SecretReference;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.catalog.ProviderEntry;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code receive}: the reference receiver on its own, on loopback, until stopped. */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = "Run the reference webhook receiver for one provider on 127.0.0.1.")
final class ReceiveCommand implements Callable<Integer> {

    @Option(names = "--provider", required = true, description = "Catalog id of the provider.")
    String providerId;

    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secret", required = true, description = "The verification secret by reference, env:NAME or "
            + "file:PATH; repeat it during a rotation (Discord: the public key in hex; SendGrid: base64 SPKI).")
    List<String> secrets;

    @Override
    public Integer call() throws Exception {
        ProviderEntry provider = ProviderCatalog.loadBuiltIn().find(providerId)
                .orElseThrow(() -> new IllegalArgumentException("unknown provider: " + providerId));
        List<String> values = secrets.stream().map(SecretReference::resolve).toList();
        ReceiverSettings settings = ReceiverSettings.defaults(provider, values);
        try (ReferenceReceiver receiver = ReferenceReceiver.start(settings, port)) {
            // On stderr, so that a script starting us with --port 0 can find where we listen.
            System.err.println("receiving " + provider.id() + " deliveries at " + receiver.webhookUri()
                    + " (effects probe " + receiver.probeUri() + ")");
            receiver.join();
        }
        return 0;
    }
}
