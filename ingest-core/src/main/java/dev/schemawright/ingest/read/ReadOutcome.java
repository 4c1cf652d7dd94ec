package dev.schemawright.ingest.read;

/** What reading one document gave: its structure, or a rejection. */
public sealed interface ReadOutcome permits ReadDocument, RejectedDocument {
}
