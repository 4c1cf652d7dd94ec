package dev.schemawright.ingestservice.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.Ids;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SafeFileNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "prd.md|prd.md",
            "tech-stack.txt|tech-stack.txt",
            "../../etc/passwd|passwd",
            "C:\\Users\\me\\My PRD (final).md|My_PRD_final.md",
            "..|document",
            "...md|md",
            "café menu.md|cafe_menu.md",
            "日本語.md|md",
            "  spaced name .md |spaced_name.md",
            ".hidden|hidden",
            "a..b.md|a.b.md",
            "report.pdf\u0000.exe|report.pdf.exe",
    })
    void uploadNamesBecomeSafeKeyParts(String uploaded, String expected) {
        String safe = SafeFileNames.forUpload(uploaded);
        assertThat(safe).isEqualTo(expected.strip());
        assertThat(Ids.isArtifactName(safe)).isTrue();
    }

    @Test
    void longNamesKeepTheirExtension() {
        String safe = SafeFileNames.forUpload("x".repeat(300) + ".md");
        assertThat(safe).hasSize(128).endsWith(".md");
        assertThat(Ids.isArtifactName(safe)).isTrue();
    }

    @Test
    void nestedPathsAreJoined() {
        assertThat(SafeFileNames.forRelativePath(List.of("docs", "prd.md"))).isEqualTo("docs_prd.md");
    }

    @Test
    void duplicatesGetANumberIgnoringCase() {
        assertThat(SafeFileNames.uniquify(List.of("prd.md", "PRD.md", "prd.md", "notes")))
                .containsExactly("prd.md", "PRD-2.md", "prd-3.md", "notes");
    }
}
