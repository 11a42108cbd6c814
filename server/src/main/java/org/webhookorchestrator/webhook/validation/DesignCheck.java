package org.webhookorchestrator.webhook.validation;

import java.util.List;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.design.Design;

/**
 * One static check of a design. Checks re-derive what must hold from the catalog's facts rather than trusting the
 * design's own figures, so a hand-edited or inline design is judged as strictly as one the engine made.
 */
public interface DesignCheck {

    List<ChecklistItem> check(Design design, ProviderCatalog catalog);
}
