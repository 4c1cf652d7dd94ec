package dev.schemawright.contracts.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void englishPolishAndUndeterminedDocumentsAreReadOthersWarned() {
        assertThat(Languages.warning("en")).isNull();
        assertThat(Languages.warning("pl")).isNull();
        assertThat(Languages.warning("und")).isNull();
        assertThat(Languages.warning(null)).isNull();
        assertThat(Languages.warning("de")).contains("'de'").contains("not read");
    }

    @Test
    void aSourceWithoutALanguageReadsAsBeforeAndAnOddCodeIsUndetermined() {
        Source old = new Source("prd.md", DocumentRole.PRD, List.of(), 1, 1);
        assertThat(old.language()).isNull();
        assertThat(old.withLanguage("pl").language()).isEqualTo("pl");
        assertThat(old.withLanguage("zh-cn").language()).isEqualTo("und");
        Requirement r = new Requirement("prd.md#L1", RequirementKind.FUNCTIONAL, "x", old.withLanguage("pl"), Scope.IN_SCOPE, Map.of());
        String json = new String(dev.schemawright.contracts.json.JsonCodec.toBytes(r), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"language\":\"pl\"");
        assertThat(new String(dev.schemawright.contracts.json.JsonCodec.toBytes(new Requirement("prd.md#L1", RequirementKind.FUNCTIONAL, "x", old, Scope.IN_SCOPE,
                Map.of())), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("language");
    }
}
