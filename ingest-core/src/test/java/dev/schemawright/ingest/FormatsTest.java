package dev.schemawright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.ingest.fixtures.DocxFixtures;
import dev.schemawright.ingest.fixtures.PdfFixtures;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every supported format yields structured requirements: headings, list items, table rows, provenance. */
class FormatsTest {

    @Test
    void htmlKeepsHeadingsListsAndTablesAndIgnoresScripts() {
        IngestResult result = Docs.ingest(Docs.text("spec.html", """
                <!DOCTYPE html><html><head><title>t</title><script>var x = "As a hacker, I want to run";</script></head>
                <body><h1>Library PRD</h1>
                <h2>User stories</h2>
                <ul><li>As a reader, I want to borrow a book so that I can read it at home.</li></ul>
                <h2>Out of scope</h2>
                <ul><li>Audio books.</li></ul>
                <table><tr><th>Field</th><th>Type</th></tr><tr><td>isbn</td><td>text, unique</td></tr></table>
                </body></html>"""));
        assertThat(result.rejected()).isFalse();
        assertThat(result.documents().get(0).mediaType()).isEqualTo("text/html");
        Requirement story = Docs.only(result, "borrow a book");
        assertThat(story.kind()).isEqualTo(RequirementKind.USER_STORY);
        assertThat(story.facet("actor")).isEqualTo("reader");
        assertThat(story.source().headingPath()).containsExactly("Library PRD", "User stories");
        assertThat(Docs.only(result, "Audio books").scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        Requirement row = Docs.only(result, "isbn");
        assertThat(row.kind()).isEqualTo(RequirementKind.DATA_ROW);
        assertThat(row.facets()).containsExactly(java.util.Map.entry("Field", "isbn"), java.util.Map.entry("Type", "text, unique"));
        assertThat(result.requirements()).noneMatch(r -> r.text().contains("hacker"));
    }

    @Test
    void codeBlocksAreOneRequirementEachWithTheirLinesAndLanguage() {
        IngestResult result = Docs.ingest(Docs.text("db-planning-notes.md", """
                # Schema

                The `decks` table belongs to a user.

                ```sql
                CREATE TABLE decks (
                  id uuid PRIMARY KEY
                );
                ```

                    indented -> code

                ## Future

                ```
                ┌───────┐
                │ later │
                └───────┘
                ```
                """));
        assertThat(result.rejected()).as(result.diagnostics().toString()).isFalse();
        assertThat(Docs.only(result, "table belongs").text()).isEqualTo("The `decks` table belongs to a user.");
        Requirement sql = Docs.only(result, "CREATE TABLE");
        assertThat(sql.kind()).isEqualTo(RequirementKind.CONTEXT);
        assertThat(sql.text()).isEqualTo("CREATE TABLE decks (\n  id uuid PRIMARY KEY\n);");
        assertThat(sql.facets()).containsExactly(java.util.Map.entry("code", "sql"));
        assertThat(sql.source().lineStart()).isEqualTo(5);
        assertThat(sql.source().lineEnd()).isEqualTo(9);
        assertThat(sql.source().headingPath()).containsExactly("Schema");
        assertThat(Docs.only(result, "indented").facets()).containsExactly(java.util.Map.entry("code", ""));
        assertThat(Docs.only(result, "later").scope()).isNotEqualTo(Scope.IN_SCOPE);
    }

    @Test
    void aDocumentOfOnlyCodeStatesNoRequirement() {
        IngestResult result = Docs.ingest(Docs.text("schema.md", "```sql\nCREATE TABLE a (id int);\n```\n"));
        assertThat(result.rejected()).isTrue();
        assertThat(result.diagnostics().get(0).code()).isEqualTo("no-text");
    }

    @Test
    void plainTextInALegacyEncodingIsDetectedNotGuessed() {
        String polish = """
                Wymagania produktu

                Użytkownik musi mieć możliwość zakładania kont. Każdy użytkownik może tworzyć wiele list zadań,
                a każda lista należy do dokładnie jednego użytkownika. Zadanie ma tytuł, opis i termin wykonania.
                Użytkownik może oznaczyć zadanie jako wykonane, a także przywrócić je z kosza w ciągu trzydziestu dni.
                System przechowuje historię zmian każdego zadania, żeby można było sprawdzić, kto i kiedy je zmienił.
                """;
        byte[] cp1250 = polish.getBytes(Charset.forName("windows-1250"));
        IngestResult result = Docs.ingest(Docs.bytes("notes.txt", cp1250));
        assertThat(result.rejected()).isFalse();
        DocumentSummary summary = result.documents().get(0);
        assertThat(summary.mediaType()).isEqualTo("text/plain");
        assertThat(summary.charset()).isIn("windows-1250", "ISO-8859-2");
        assertThat(summary.language()).isEqualTo("pl");
        assertThat(Docs.only(result, "dokładnie jednego użytkownika").source().lineStart()).isEqualTo(3);
    }

    @Test
    void pdfBuiltFromTextKeepsParagraphsBulletsAndLineRanges() {
        byte[] pdf = PdfFixtures.singleColumn(List.of(
                "Habit Tracker PRD", "Users track daily habits and see streaks.", "",
                "Functional Requirements", "• Users can create a habit with a name and a colour.",
                "• A habit belongs to exactly one user.", "",
                "Out of scope", "Social sharing of streaks is not part of the MVP."));
        IngestResult result = Docs.ingest(Docs.bytes("prd.pdf", pdf));
        assertThat(result.rejected()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.documents().get(0).mediaType()).isEqualTo("application/pdf");
        Requirement rule = Docs.only(result, "belongs to exactly one user");
        assertThat(rule.kind()).isEqualTo(RequirementKind.BUSINESS_RULE);
        assertThat(rule.source().headingPath()).contains("Functional Requirements");
        assertThat(Docs.only(result, "Social sharing").scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        assertThat(result.requirements()).allSatisfy(r -> assertThat(r.source().lineStart()).isPositive());
    }

    @Test
    void twoColumnPdfKeepsEachColumnContiguous() {
        byte[] pdf = PdfFixtures.twoColumns(
                List.of("Left column starts here and", "continues on the left side", "ending the left text."),
                List.of("Right column begins now and", "goes on at the right side", "finishing the right text."));
        IngestResult result = Docs.ingest(Docs.bytes("layout.pdf", pdf));
        assertThat(result.rejected()).isFalse();
        String all = String.join(" ", result.requirements().stream().map(Requirement::text).toList());
        assertThat(all).contains("Left column starts here and continues on the left side ending the left text.");
        assertThat(all).contains("Right column begins now and goes on at the right side finishing the right text.");
        assertThat(all.indexOf("Left column")).isLessThan(all.indexOf("Right column"));
    }

    @Test
    void docxHeadingsAndTablesBecomeHeadingPathsAndDataRows() {
        byte[] docx = new DocxFixtures()
                .heading(1, "Clinic PRD")
                .heading(2, "Entities")
                .paragraph("Every appointment belongs to exactly one patient.")
                .table(List.of("Entity", "Fields", "Notes"), List.of(
                        List.of("Patient", "name, birth date, email", "email unique"),
                        List.of("Appointment", "starts at, duration", "duration at least 15 minutes")))
                .heading(2, "Future releases")
                .bullet("Online payments for appointments.")
                .bytes();
        IngestResult result = Docs.ingest(new dev.schemawright.contracts.requirement.InputDocument("clinic.docx",
                DocumentRole.PRD, docx));
        assertThat(result.rejected()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.documents().get(0).mediaType()).contains("wordprocessingml");
        List<Requirement> rows = Docs.ofKind(result, RequirementKind.DATA_ROW);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).facets().keySet()).containsExactly("Entity", "Fields", "Notes");
        assertThat(rows.get(1).facet("Entity")).isEqualTo("Appointment");
        assertThat(rows.get(0).source().headingPath()).containsExactly("Clinic PRD", "Entities");
        assertThat(rows.get(1).source().lineStart()).isEqualTo(rows.get(0).source().lineStart() + 1);
        assertThat(Docs.only(result, "Online payments").scope()).isEqualTo(Scope.FUTURE);
        assertThat(Docs.only(result, "exactly one patient").kind()).isEqualTo(RequirementKind.BUSINESS_RULE);
    }

    @Test
    void committedSamplesOfEveryBinaryFormatGiveTheSameRequirements() {
        for (String name : List.of("prd.html", "prd.docx", "prd.pdf")) {
            IngestResult result = Docs.ingest(Docs.bytes(name, Docs.resource("/samples/" + name)));
            assertThat(result.rejected()).as(name + " " + result.diagnostics()).isFalse();
            assertThat(result.requirements()).as(name).anySatisfy(r -> assertThat(r.text()).contains("Users sign up with email"));
            assertThat(result.requirements()).as(name).anySatisfy(r -> assertThat(r.text()).contains("Decks can be public or private"));
        }
        IngestResult docx = Docs.ingest(Docs.bytes("prd.docx", Docs.resource("/samples/prd.docx")));
        assertThat(Docs.ofKind(docx, RequirementKind.DATA_ROW)).singleElement()
                .satisfies(r -> assertThat(r.facets()).containsEntry("Entity", "Deck").containsEntry("Fields", "title, visibility"));
    }

    @Test
    void typeComesFromBytesNotFromTheName() {
        byte[] pdf = PdfFixtures.singleColumn(List.of("Orders PRD", "Every order has at least one line item."));
        IngestResult result = Docs.ingest(Docs.bytes("looks-like-markdown.md", pdf));
        assertThat(result.rejected()).isFalse();
        assertThat(result.documents().get(0).mediaType()).isEqualTo("application/pdf");
        assertThat(Docs.only(result, "at least one line item").kind()).isEqualTo(RequirementKind.BUSINESS_RULE);
    }
}
