package dev.schemawright.ingest.extract;

import java.util.HashSet;
import java.util.Set;

/** Hands out ids unique within a run and stable for identical input: "prd.md#US-001", "prd.md#L40", "prd.md#L40.2". */
final class RequirementIds {
    private final Set<String> used = new HashSet<>();

    String allocate(String document, String preferred) {
        String base = document + "#" + preferred;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "." + n;
        }
        return id;
    }
}
