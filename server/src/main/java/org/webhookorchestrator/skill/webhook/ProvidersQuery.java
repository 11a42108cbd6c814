package org.webhookorchestrator.skill.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which catalog entries to look up. */
public record ProvidersQuery(
        @JsonPropertyDescription("Provider ids, aliases or names (stripe, GitHub, Clerk); leave out for every entry.")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> names) {

    public ProvidersQuery {
        names = names == null ? List.of() : List.copyOf(names);
    }
}
