package dev.schemawright.ingest.read;

import dev.schemawright.ingest.reject.Rejection;

/** A document refused before extraction; mediaType is what was detected (or "application/octet-stream"). */
public record RejectedDocument(String mediaType, Rejection rejection) implements ReadOutcome {
}
