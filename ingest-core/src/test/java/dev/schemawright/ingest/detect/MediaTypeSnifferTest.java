package dev.schemawright.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.ingest.fixtures.DocxFixtures;
import dev.schemawright.ingest.fixtures.PdfFixtures;
import dev.schemawright.ingest.parse.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Documents larger than the sniffed head: text and PDF are told by it, containers and binaries still by all their bytes. */
class MediaTypeSnifferTest {
    @Test
    void largeTextAndPdfAreToldByTheirHead() {
        String markdown = "# Notes\n\n" + "- A user can archive a note with a title and a body.\n".repeat(2_000);
        assertThat(markdown.length()).isGreaterThan(MediaTypeSniffer.HEAD_BYTES * 10);
        assertThat(MediaTypeSniffer.detect(markdown.getBytes(StandardCharsets.UTF_8), "prd.md"))
                .isEqualTo(new DetectedType("text/markdown", Optional.of(DocumentFormat.MARKDOWN)));
        assertThat(MediaTypeSniffer.detect(markdown.getBytes(StandardCharsets.UTF_8), "notes.txt").format()).contains(DocumentFormat.TEXT);

        String html = "<html><head><title>x</title></head><body>" + "<p>A member borrows a book.</p>".repeat(1_000) + "</body></html>";
        assertThat(MediaTypeSniffer.detect(html.getBytes(StandardCharsets.UTF_8), "page.html").format()).contains(DocumentFormat.HTML);

        List<String> lines = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            // varied text, so the PDF's compressed streams stay larger than the head
            lines.add("Requirement " + i + " " + Long.toString(random.nextLong(), 36) + " " + Long.toString(random.nextLong(), 36));
        }
        byte[] pdf = PdfFixtures.singleColumn(lines);
        assertThat(pdf.length).isGreaterThan(MediaTypeSniffer.HEAD_BYTES);
        assertThat(MediaTypeSniffer.detect(pdf, "prd.pdf")).isEqualTo(new DetectedType("application/pdf", Optional.of(DocumentFormat.PDF)));
    }

    @Test
    void aLargeDocxAndBinaryDataAreStillSniffedWhole() {
        DocxFixtures docx = new DocxFixtures().heading(1, "Product requirements");
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            // varied text, so the zip does not compress below the head's size
            docx.paragraph("Paragraph " + i + " " + Long.toString(random.nextLong(), 36) + " a member borrows a book " + random.nextInt());
        }
        byte[] bytes = docx.bytes();
        assertThat(bytes.length).isGreaterThan(MediaTypeSniffer.HEAD_BYTES);
        assertThat(MediaTypeSniffer.detect(bytes, "prd.docx").format()).contains(DocumentFormat.DOCX);

        byte[] noise = new byte[4 * MediaTypeSniffer.HEAD_BYTES];
        random.nextBytes(noise);
        assertThat(MediaTypeSniffer.detect(noise, "prd.md")).isEqualTo(new DetectedType("application/octet-stream", Optional.empty()));
    }
}
