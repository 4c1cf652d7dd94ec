package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * A relationship as the domain states it: {@code from} (the "one" side for ONE_TO_MANY) to {@code to}.
 * {@code via} names the join table for MANY_TO_MANY, null otherwise. {@code optional}: the child may exist without the
 * parent. {@code label}: the verb phrase from the text ("contains", "owns").
 */
public record Relationship(String from, String to, Cardinality cardinality, String via, boolean optional, String label,
                           List<String> sources) {
    public Relationship {
        Lists.requireText(from, "relationship from");
        Lists.requireText(to, "relationship to");
        Objects.requireNonNull(cardinality, "cardinality");
        label = label == null ? "" : label;
        sources = Lists.copy(sources);
        if (cardinality == Cardinality.MANY_TO_MANY && (via == null || via.isBlank())) {
            throw new IllegalArgumentException("many-to-many " + from + "-" + to + " needs a join table");
        }
    }
}
