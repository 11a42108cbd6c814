package org.webhookorchestrator.webhook.inventory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.webhookorchestrator.webhook.inventory.Inventory.InventoriedProvider;
import org.webhookorchestrator.webhook.inventory.Inventory.Unknown;
import org.webhookorchestrator.webhook.inventory.InventoryRequest.ProviderRequest;

/** A provider the catalog does not know: accepted, with every fact unknown and the questions that settle them. */
final class CustomProvider {

    /** The facts a design needs, each with why it matters and the question that settles it. */
    private static final List<String[]> NEEDED = List.of(
            new String[] {"signing.scheme", "verification cannot be designed until the signing scheme is known",
                    "How does %s sign a delivery: algorithm, encoding, header names and exactly which bytes are "
                            + "signed?"},
            new String[] {"signing.secretForm", "secret handling and rotation cannot be designed",
                    "What form does the %s secret take, and how is it rotated (several signatures at once?)"},
            new String[] {"signing.timestamp", "replay protection by timestamp cannot be designed",
                    "Does %s sign a timestamp, in which header and unit?"},
            new String[] {"delivery.idempotencyKey", "deduplication needs a stable event id",
                    "Which header or body field identifies an event across %s's retries?"},
            new String[] {"delivery.retriesAutomatically", "reconciliation needs to know whether failures are resent",
                    "Does %s retry failed deliveries, how often and for how long?"},
            new String[] {"delivery.ackDeadlineSeconds", "the ack deadline cannot be derived",
                    "How long does %s wait for a response before it counts a delivery as failed?"},
            new String[] {"delivery.ordering", "the ordering strategy cannot be chosen",
                    "Does %s guarantee any delivery order?"},
            new String[] {"delivery.maxPayloadBytes", "the request size limit cannot be derived",
                    "What is the largest payload %s sends?"},
            new String[] {"delivery.sourceIps", "IP allowlisting cannot be planned",
                    "Does %s publish the addresses it delivers from?"});

    private CustomProvider() {
    }

    /** {@code custom-<slug>}: lowercase ASCII letters and digits joined by single hyphens. */
    static String id(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "custom-" + (slug.isEmpty() ? "provider" : slug);
    }

    static InventoriedProvider inventory(ProviderRequest p, String id) {
        List<String> questions = NEEDED.stream().map(n -> String.format(n[2], p.name().strip())).toList();
        return new InventoriedProvider(p.name(), id, Inventory.Match.custom, p.name().strip(), p.events(),
                InventoryNormalizer.blankToNull(p.apiVersion()), InventoryNormalizer.blankToNull(p.notes()),
                List.of(), questions);
    }

    static List<Unknown> unknowns(String id) {
        return NEEDED.stream().map(n -> new Unknown(id, n[0], n[1])).toList();
    }
}
