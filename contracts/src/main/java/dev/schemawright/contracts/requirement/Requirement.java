package dev.schemawright.contracts.requirement;

import dev.schemawright.contracts.Lists;
import java.util.Map;
import java.util.Objects;

/**
 * One requirement read from a document. {@code id} is stable for identical inputs (e.g. "prd.md#L40" style or a
 * hash); {@code facets} carry structured parts (story actor/goal/benefit, NFR category, table-row cells) in
 * document order.
 */
public record Requirement(String id, RequirementKind kind, String text, Source source, Scope scope,
                          Map<String, String> facets) {
    public Requirement {
        Lists.requireText(id, "requirement id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        scope = scope == null ? Scope.IN_SCOPE : scope;
        facets = Lists.orderedCopy(facets);
    }

    public String facet(String name) {
        return facets.get(name);
    }

    public Requirement withScope(Scope newScope) {
        return new Requirement(id, kind, text, source, newScope, facets);
    }

    public Requirement withKind(RequirementKind newKind) {
        return new Requirement(id, newKind, text, source, scope, facets);
    }
}
