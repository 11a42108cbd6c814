package org.webhookorchestrator.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndWhitespaceIsDropped() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", Map.of("d", true, "c", List.of("x", "y")));

        assertThat(CanonicalJson.string(value)).isEqualTo("{\"a\":{\"c\":[\"x\",\"y\"],\"d\":true},\"b\":1}");
    }

    @Test
    void keysSortByUtf16CodeUnitsAsRfc8785Requires() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("\u00e9", 1);   // é, U+00E9
        value.put("z", 2);
        value.put("\ud83d\ude00", 3); // an emoji, a surrogate pair starting 0xD83D

        assertThat(CanonicalJson.string(value)).isEqualTo("{\"z\":2,\"\u00e9\":1,\"\ud83d\ude00\":3}");
    }

    @Test
    void absentOptionalFieldsAreLeftOutNotWrittenAsNull() {
        record R(String present, String absent) {
        }
        assertThat(CanonicalJson.string(new R("x", null))).isEqualTo("{\"present\":\"x\"}");
    }

    @Test
    void aNonIntegralNumberIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.bytes(Map.of("x", 1.5)))
                .hasMessageContaining("integers only");
    }

    @Test
    void theSameContentGivesTheSameIdWhateverTheKeyOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("a", 1);
        one.put("b", 2);
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("b", 2);
        two.put("a", 1);

        assertThat(ArtifactId.of("inventory", one)).isEqualTo(ArtifactId.of("inventory", two));
        assertThat(ArtifactId.of("inventory", one).value()).matches("inventory-[0-9a-f]{32}");
    }

    @Test
    void anArtifactIdIsTheKindAndThePrefixOfTheCanonicalDigest() {
        ArtifactId id = ArtifactId.of("design", Map.of("k", "v"));

        assertThat(id.kind()).isEqualTo("design");
        assertThat(id.value()).endsWith(ArtifactId.sha256Hex("{\"k\":\"v\"}".getBytes()).substring(0, 32));
    }

    @Test
    void aMalformedArtifactIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> new ArtifactId("../etc/passwd")).hasMessage("not a valid artifact id: ../etc/passwd");
    }
}
