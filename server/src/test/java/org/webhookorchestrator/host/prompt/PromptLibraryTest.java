package org.webhookorchestrator.host.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptLibraryTest {

    @Test
    void theBuiltInLibraryHasTheGuidedWorkflowAndTheThreatReview() {
        assertThat(PromptLibrary.builtIn().definitions()).extracting(PromptDefinition::name)
                .containsExactly("design_webhook_ingestion", "threat_review");
    }

    @Test
    void anOptionalArgumentLeftOutRendersAsItsAbsentText() {
        String text = PromptLibrary.builtIn().render("threat_review", Map.of("artifact_id", "design-0123"));

        assertThat(text).contains("artifact://design-0123").contains("every threat in the list, in order");
    }

    @Test
    void anUnknownArgumentIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> PromptLibrary.builtIn().render("threat_review",
                Map.of("artifact_id", "x", "colour", "red")))
                .hasMessageContaining("argument colour is not one of [artifact_id, focus]");
    }

    @Test
    void aTemplatePlaceholderThatIsNoArgumentFailsAtLoad() {
        assertThatThrownBy(() -> PromptLibrary.load(path -> path.equals("prompts.json")
                ? Optional.of("[{\"name\":\"p\",\"title\":\"P\",\"description\":\"d\",\"arguments\":[],"
                        + "\"template\":\"p.md\"}]")
                : Optional.of("Hello {{who}}")))
                .hasMessage("prompt p: placeholder {{who}} is not an argument");
    }
}
