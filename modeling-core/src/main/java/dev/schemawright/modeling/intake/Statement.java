package dev.schemawright.modeling.intake;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.RequirementKind;
import java.util.List;
import java.util.Map;

/**
 * A requirement prepared for reading: {@code raw} keeps markdown (backticks name identifiers in planning notes),
 * {@code text} is plain prose; {@code headings} is the section path, recovered from the document when ingest gave none.
 */
public record Statement(String id, RequirementKind kind, DocumentRole role, String document, List<String> headings, int line,
                        String raw, String text, Map<String, String> facets) {
    public Statement {
        headings = List.copyOf(headings);
        facets = facets == null ? Map.of() : facets;
    }

    public String headingText() {
        return String.join(" > ", headings);
    }

    public boolean isHeading() {
        return raw.startsWith("#");
    }
}
