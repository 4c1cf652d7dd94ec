package dev.schemawright.ingestservice.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.ingestservice.problem.ApiProblem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RejectionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"empty-document,422", "unsupported-media-type,415", "document-too-large,413", "corrupt-document,422",
            "binary-content,415", "no-text,422", "repetitive-content,422", "too-many-requirements,422", "something-new,422"})
    void eachCodeHasItsStatus(String code, int status) {
        assertThat(Rejections.statusOf(code)).isEqualTo(status);
        assertThat(Rejections.of(List.of(error("a.md", code))).status()).isEqualTo(status);
    }

    @Test
    void theMostSpecificStatusWinsAndEveryDocumentIsListed() {
        ApiProblem p = Rejections.of(List.of(
                error("a.md", "corrupt-document"),
                new Diagnostic(Severity.WARNING, "low-text", "little text", List.of("b.md")),
                error("c.bin", "binary-content"),
                new Diagnostic(Severity.INFO, "language", "en", List.of("a.md"))));
        assertThat(p.status()).isEqualTo(415);
        assertThat(p.code()).isEqualTo("binary-content");
        assertThat(p.problem().detail()).startsWith("2 problems").contains("c.bin");
        assertThat(p.problem().errors()).extracting(e -> e.document() + ":" + e.code() + ":" + e.severity())
                .containsExactly("a.md:corrupt-document:error", "b.md:low-text:warning", "c.bin:binary-content:error");
    }

    private static Diagnostic error(String doc, String code) {
        return new Diagnostic(Severity.ERROR, code, "cannot use it", List.of(doc));
    }
}
