package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.DomainReading;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.domain.Sketch;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.List;

/**
 * A noun the prose mentions is only an entity if something is known about it: attributes of its own, a relationship
 * to another entity, or overwhelming evidence (managed again and again). Nouns with nothing to store are dropped, with
 * the reason kept in the normalization trail.
 */
public final class WeakEntityPass implements DesignPass {
    static final double STRONG = 12.0;

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Sketch sketch = Readings.sketch(ctx);
        DomainReading prose = Readings.prose(ctx);
        List<Table> keep = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Table t : m.tables()) {
            if (t.kind() != TableKind.ENTITY || sketch.entities.containsKey(t.name())) {
                keep.add(t);
                continue;
            }
            boolean attributes = t.columns().stream().map(Column::name).anyMatch(c -> !c.equals("id") && !c.endsWith("_id")
                    && !c.equals("created_at") && !c.equals("updated_at"));
            boolean related = m.relationships().stream().anyMatch(r -> r.from().equals(t.name()) || r.to().equals(t.name()));
            DomainReading.Candidate c = prose.candidates.get(t.name());
            boolean strong = c != null && (c.score >= STRONG || c.score >= STRONG / 2 && c.lowercaseMentions >= 5);
            boolean activity = c != null && c.cues.contains("activity"); // a record of what users do: who did it and when is its data
            if (attributes || related || strong || activity) {
                keep.add(t);
            } else {
                dropped.add(t.name());
            }
        }
        if (dropped.isEmpty()) {
            return m;
        }
        SchemaModel out = m.withTables(keep).withRelationships(m.relationships().stream()
                .filter(r -> !dropped.contains(r.from()) && !dropped.contains(r.to())).toList());
        List<String> sources = m.tables().stream().filter(t -> dropped.contains(t.name())).flatMap(t -> t.sources().stream()).toList();
        return NormalizationTrail.record(out, "not-a-table", String.join("-", dropped), "nouns that are not tables",
                "No table for " + String.join(", ", dropped.stream().map(n -> NormalizationTrail.words(Inflection.plural(n))).toList())
                        + ": mentioned, but nothing is stored about them",
                "A table per mentioned noun, holding nothing but a key", "The documents give them no fields, no links to other data and little weight",
                sources);
    }
}
