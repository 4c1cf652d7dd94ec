package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 3NF for links read from prose: when a note belongs to a chapter and the chapter to a book, "notes of a book" is a
 * transitive fact, so a direct note -> book link is dropped (it would be a second path that can disagree). Links a plan
 * states explicitly ("references") are kept as written.
 */
public final class TransitiveLinkPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        return normalize(ctx.model());
    }

    public static SchemaModel normalize(SchemaModel m) {
        List<Relationship> rels = m.relationships();
        List<Relationship> keep = new ArrayList<>();
        for (Relationship r : rels) {
            if (r.cardinality() == Cardinality.ONE_TO_MANY && !r.label().equals("references") && reachableAvoiding(rels, r)) {
                continue;
            }
            keep.add(r);
        }
        return keep.size() == rels.size() ? m : m.withRelationships(keep);
    }

    /** Is r.to reachable from r.from through at least two one-to-many hops, not using r itself? */
    private static boolean reachableAvoiding(List<Relationship> rels, Relationship direct) {
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>();
        for (Relationship r : rels) {
            if (r != direct && r.cardinality() == Cardinality.ONE_TO_MANY && r.from().equals(direct.from()) && !r.to().equals(direct.to())) {
                frontier.add(r.to());
            }
        }
        while (!frontier.isEmpty()) {
            String node = frontier.remove(frontier.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            for (Relationship r : rels) {
                if (r != direct && r.cardinality() == Cardinality.ONE_TO_MANY && r.from().equals(node)) {
                    if (r.to().equals(direct.to())) {
                        return true;
                    }
                    frontier.add(r.to());
                }
            }
        }
        return false;
    }
}
