package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.schemawright.modeling.lang.Inflection;
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
        // a link is dropped only if the links still kept reach around it: two links that each make the other look
        // redundant (a cycle) must not both go, and once the pass is done no kept link is redundant (idempotent)
        List<Relationship> keep = new ArrayList<>(m.relationships());
        Map<Relationship, String> dropped = new LinkedHashMap<>();
        for (Relationship r : m.relationships()) {
            String via = r.cardinality() == Cardinality.ONE_TO_MANY && !r.label().equals("references") ? reachableAvoiding(m, keep, r) : null;
            if (via != null) {
                dropped.put(r, via);
                keep.remove(r);
            }
        }
        if (dropped.isEmpty()) {
            return m;
        }
        SchemaModel out = m.withRelationships(keep);
        for (Map.Entry<Relationship, String> d : dropped.entrySet()) {
            String parent = NormalizationTrail.words(d.getKey().from());
            String childTable = NormalizationTrail.table(d.getKey().to());
            out = NormalizationTrail.record(out, "transitive", childTable + "-" + NormalizationTrail.table(d.getKey().from()),
                    NormalizationTrail.words(Inflection.plural(d.getKey().to())) + " and " + NormalizationTrail.words(Inflection.plural(d.getKey().from())),
                    "No direct link from " + childTable + " to " + NormalizationTrail.table(d.getKey().from()) + ": " + NormalizationTrail.a(d.getKey().to()) + " reaches its " + parent
                            + " through its " + NormalizationTrail.words(d.getValue()),
                    "A second path " + childTable + "." + d.getKey().from() + "_id that can disagree with the " + NormalizationTrail.words(d.getValue()) + "'s "
                            + parent, "The " + parent + " of " + NormalizationTrail.a(d.getKey().to()) + " is a fact about its " + NormalizationTrail.words(d.getValue()) + " (3NF)",
                    d.getKey().sources());
        }
        return out;
    }

    /**
     * Is r.to reachable from r.from through at least two one-to-many hops, not using r itself nor a mere reference (a
     * RESTRICT / SET NULL key says which row is meant, not whose it is)? Returns the child's parent on that path (the
     * table it reaches the parent through, e.g. chapter), or null.
     */
    private static String reachableAvoiding(SchemaModel m, List<Relationship> rels, Relationship direct) {
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>();
        for (Relationship r : rels) {
            if (r != direct && r.cardinality() == Cardinality.ONE_TO_MANY && r.from().equals(direct.from()) && !r.to().equals(direct.to())
                    && !ModelEdits.isReference(m, r)) {
                frontier.add(r.to());
            }
        }
        while (!frontier.isEmpty()) {
            String node = frontier.remove(frontier.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            for (Relationship r : rels) {
                if (r != direct && r.cardinality() == Cardinality.ONE_TO_MANY && r.from().equals(node) && !ModelEdits.isReference(m, r)) {
                    if (r.to().equals(direct.to())) {
                        return node;
                    }
                    frontier.add(r.to());
                }
            }
        }
        return null;
    }
}
