package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.webhookorchestrator.webhook.inventory.Inventory;

/** What {@code webhook_design} starts from: an inventory (by id or inline, exactly one) and the design constraints. */
@JsonClassDescription("An inventory, by artifact id or inline (exactly one), and the design constraints.")
public record DesignRequest(
        @JsonPropertyDescription("Id of an inventory recorded earlier (inventory-<32 hex>), as webhook_inventory "
                + "returned it.")
        @Pattern(regexp = "^inventory-[0-9a-f]{32}$", message = "must be an inventory id such as inventory-<32 hex>")
        String inventoryId,

        @JsonPropertyDescription("An inventory.v1 artifact given inline instead of by id.")
        @Valid Inventory inventory,

        @JsonPropertyDescription("Rates, latency objective, ordering needs, data classification, infrastructure.")
        @Valid DesignConstraints constraints) {

    public DesignRequest {
        constraints = constraints == null ? DesignConstraints.none() : constraints;
    }
}
