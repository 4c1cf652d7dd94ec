package dev.schemawright.ingest.detect;

import dev.schemawright.ingest.parse.DocumentFormat;
import java.util.Optional;

/** The media type read from a document's bytes and the format ingest will read it as (empty: not supported). */
public record DetectedType(String mediaType, Optional<DocumentFormat> format) {
}
