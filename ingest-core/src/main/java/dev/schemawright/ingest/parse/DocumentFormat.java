package dev.schemawright.ingest.parse;

/** The formats ingest reads. Text formats are decoded and read as Markdown; the others go through Apache Tika. */
public enum DocumentFormat {
    MARKDOWN, TEXT, HTML, PDF, DOCX;

    public boolean textual() {
        return this == MARKDOWN || this == TEXT || this == HTML;
    }
}
