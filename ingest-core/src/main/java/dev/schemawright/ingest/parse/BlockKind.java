package dev.schemawright.ingest.parse;

/** The structural unit a reader found; decides how the extractor splits and classifies it. */
public enum BlockKind {
    PARAGRAPH, LIST_ITEM, TABLE_ROW,
    /** A fenced or indented code block, verbatim; {@code cells} holds its info string as "language". */
    CODE
}
