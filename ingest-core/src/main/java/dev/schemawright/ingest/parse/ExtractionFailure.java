package dev.schemawright.ingest.parse;

/**
 * Why Tika could not give text: the extracted-text limit was hit, the file is damaged (with the parser's reason), or
 * no parse thread was free ({@code busy}: nothing is wrong with the document; try again later).
 */
public record ExtractionFailure(boolean tooLarge, boolean busy, String reason) {
}
