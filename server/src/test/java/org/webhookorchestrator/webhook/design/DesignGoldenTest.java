package org.webhookorchestrator.webhook.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.artifact.ArtifactId;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.testing.Fixtures;

/**
 * The design of every fixture brief is committed, as pretty canonical JSON and as Markdown, and compared byte for
 * byte. Regenerate with {@code mvn verify -Dsnapshots.update=true} and review the diff.
 */
class DesignGoldenTest {

    private static final ObjectMapper PRETTY = new ObjectMapper();

    static List<String> briefs() {
        return Fixtures.briefNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void designJsonMatchesItsGolden(String brief) throws IOException {
        compare(Fixtures.path("fixtures/designs/" + brief + ".json"), json(DesignFixtures.design(brief)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void designMarkdownMatchesItsGolden(String brief) throws IOException {
        Design design = DesignFixtures.design(brief);
        compare(Fixtures.path("fixtures/designs/" + brief + ".md"),
                DesignMarkdown.render(ArtifactId.of("design", design).value(), design));
    }

    static String json(Design design) throws IOException {
        return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(CanonicalJson.bytes(design)))
                + "\n";
    }

    private static void compare(Path file, String actual) throws IOException {
        if (Fixtures.updateSnapshots()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden " + file + " is missing: create it with mvn verify -Dsnapshots.update=true and review it");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("golden " + file + " differs; if the change is "
                + "intended, regenerate with -Dsnapshots.update=true and review the diff").isEqualTo(actual);
    }
}
