package org.webhookorchestrator.webhook.validation.checks;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.signature.SignatureSchemes;
import org.webhookorchestrator.webhook.validation.ChecklistItem;
import org.webhookorchestrator.webhook.validation.DesignCheck;
import org.webhookorchestrator.webhook.validation.ItemStatus;
import org.webhookorchestrator.webhook.validation.StaticItems;

/** Each endpoint verifies with a scheme we implement; an unknown scheme is a blocking gap, not a default. */
public final class VerificationSchemeCheck implements DesignCheck {

    @Override
    public List<ChecklistItem> check(Design design, ProviderCatalog catalog) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ProviderDesign p : design.providers()) {
            String scheme = p.verification() == null ? null : p.verification().scheme();
            boolean implemented = scheme != null && SignatureSchemes.providerIds().contains(scheme);
            items.add(StaticItems.item("verification-scheme", p.providerId(),
                    "every delivery is verified on its raw bytes with the provider's scheme before it is parsed",
                    "signature scheme", "one the server implements", scheme == null ? "unknown" : scheme,
                    implemented ? ItemStatus.pass : ItemStatus.fail,
                    List.of(implemented ? "scheme " + scheme + " is implemented"
                            : "the signing scheme is unknown: answer the provider's open questions, then design "
                                    + "again")));
        }
        return items;
    }
}
