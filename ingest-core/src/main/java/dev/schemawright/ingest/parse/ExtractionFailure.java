package dev.schemawright.ingest.parse;

/** Why Tika could not give text: the extracted-text limit was hit, or the file is damaged (with the parser's reason). */
public record ExtractionFailure(boolean tooLarge, String reason) {
}
