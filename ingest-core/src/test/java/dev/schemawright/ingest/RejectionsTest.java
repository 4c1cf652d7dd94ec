package dev.schemawright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.fixtures.DocxFixtures;
import dev.schemawright.ingest.fixtures.PdfFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile or broken input is refused with its own code and a message naming the document; nothing throws. */
class RejectionsTest {
    private static final String GOOD = "# PRD\n\n- Users can create projects.\n";

    static Stream<Arguments> hostileDocuments() {
        byte[] pdf = PdfFixtures.singleColumn(List.of("Orders PRD", "Every order has one customer."));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        byte[] controlText = new byte[2000];
        Arrays.fill(controlText, (byte) 0x01);
        System.arraycopy("hello".getBytes(StandardCharsets.US_ASCII), 0, controlText, 0, 5);
        String repeated = "The system shall store everything forever.\n".repeat(5 * 1024 * 1024 / 43);
        return Stream.of(
                Arguments.of("empty.md", new byte[0], IngestLimits.DEFAULTS, "empty-document"),
                Arguments.of("blank.md", " \n\t\n  \n".getBytes(StandardCharsets.UTF_8), IngestLimits.DEFAULTS, "empty-document"),
                Arguments.of("image.md", png, IngestLimits.DEFAULTS, "unsupported-media-type"),
                Arguments.of("big.md", GOOD.repeat(100).getBytes(StandardCharsets.UTF_8),
                        IngestLimits.DEFAULTS.withMaxDocumentBytes(1000), "document-too-large"),
                Arguments.of("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2), IngestLimits.DEFAULTS, "corrupt-document"),
                Arguments.of("broken.docx", brokenDocx(), IngestLimits.DEFAULTS, "corrupt-document"),
                Arguments.of("noise.bin", garbage, IngestLimits.DEFAULTS, "binary-content"),
                Arguments.of("control.txt", controlText, IngestLimits.DEFAULTS, "binary-content"),
                Arguments.of("scan.pdf", PdfFixtures.noText(), IngestLimits.DEFAULTS, "no-text"),
                Arguments.of("only-code.md", "```\nSELECT 1;\n```\n".getBytes(StandardCharsets.UTF_8), IngestLimits.DEFAULTS, "no-text"),
                Arguments.of("same-line.md", repeated.getBytes(StandardCharsets.UTF_8), IngestLimits.DEFAULTS, "repetitive-content"),
                Arguments.of("one-long-line.txt", "abcdefg ".repeat(700_000).getBytes(StandardCharsets.UTF_8),
                        IngestLimits.DEFAULTS, "repetitive-content"),
                Arguments.of("bomb.docx", DocxFixtures.zipBomb(60 * 1024 * 1024), IngestLimits.DEFAULTS, "document-too-large"),
                Arguments.of("expands.docx", DocxFixtures.zipBomb(300_000),
                        IngestLimits.DEFAULTS.withMaxExtractedChars(50_000).withMaxCompressionRatio(100_000), "document-too-large"),
                // a parse that outlives its time limit (here a nanosecond: no PDF parses that fast) is refused, not awaited
                Arguments.of("slow.pdf", pdf, IngestLimits.DEFAULTS.withMaxParseTime(java.time.Duration.ofNanos(1)), "corrupt-document"),
                Arguments.of("long.md", ("- Users can create item number " + "x".repeat(10) + ".\n").repeat(400).getBytes(StandardCharsets.UTF_8),
                        IngestLimits.DEFAULTS.withMaxRequirements(100), "too-many-requirements"));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("hostileDocuments")
    void rejectsWithSpecificCode(String name, byte[] content, IngestLimits limits, String code) {
        IngestResult result = new Ingestor(limits).ingest(List.of(
                new InputDocument(name, null, content),
                new InputDocument("zz-good.md", null, GOOD.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.rejected()).isTrue();
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.code()).as(d.message()).isEqualTo(code);
        assertThat(d.message()).contains("'" + name + "'");
        assertThat(d.sources()).containsExactly(name);
        assertThat(result.requirements()).noneMatch(r -> r.source().document().equals(name));
        assertThat(result.documents()).extracting(DocumentSummary::name).containsExactly(name, "zz-good.md");
    }

    @org.junit.jupiter.api.Test
    void aParsePastItsTimeLimitSaysWhyAndTheOtherDocumentsAreRead() {
        byte[] pdf = PdfFixtures.singleColumn(List.of("Orders PRD", "Every order has one customer."));
        // hundreds of pages: the parse is still running when the caller asks, even on a machine too busy to schedule it at once
        byte[] slow = PdfFixtures.pages(400, List.of("Orders PRD", "Every order has one customer.", "Each customer has a name and an email."));
        IngestResult result = new Ingestor(IngestLimits.DEFAULTS.withMaxParseTime(java.time.Duration.ofNanos(1))).ingest(List.of(
                new InputDocument("slow.pdf", null, slow), new InputDocument("zz-good.md", null, GOOD.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("'slow.pdf'").contains("took longer than"));
        assertThat(new Ingestor().ingest(List.of(new InputDocument("ok.pdf", null, pdf))).rejected()).as("the default limit reads it").isFalse();
    }

    /** The first half of a real DOCX, as an interrupted upload leaves it. */
    private static byte[] brokenDocx() {
        byte[] docx = new DocxFixtures().paragraph("Hello").bytes();
        return Arrays.copyOf(docx, docx.length / 2);
    }
}
