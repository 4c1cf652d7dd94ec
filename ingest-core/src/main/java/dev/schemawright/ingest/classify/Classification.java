package dev.schemawright.ingest.classify;

import dev.schemawright.contracts.Lists;
import dev.schemawright.contracts.requirement.RequirementKind;
import java.util.Map;

/** A kind with its structured facets (in a fixed order). */
public record Classification(RequirementKind kind, Map<String, String> facets) {
    public Classification {
        facets = Lists.orderedCopy(facets);
    }
}
