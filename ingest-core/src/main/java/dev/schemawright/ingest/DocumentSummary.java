package dev.schemawright.ingest;

import dev.schemawright.contracts.requirement.DocumentRole;

/** One parsed document: detected media type, charset and language, the role used, and how many requirements it gave. */
public record DocumentSummary(String name, DocumentRole role, String mediaType, String charset, String language,
                              long size, String sha256, int requirementCount) {
}
