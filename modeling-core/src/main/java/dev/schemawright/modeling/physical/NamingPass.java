package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One naming convention: snake_case plural table names (recipe_step -> recipe_steps), at most 63 bytes, unique;
 * every reference (FKs, relationships, join names, policies) follows the rename. Plural of a plural is itself, so the
 * pass is idempotent.
 */
public final class NamingPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        return rename(ctx.model());
    }

    /** The name a table gets under the convention (before de-duplication), so earlier passes can name it as readers will see it. */
    public static SchemaModel rename(SchemaModel m) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Table t : m.tables()) {
            String n = ModelQueries.tableName(t.name());
            String unique = n;
            for (int i = 2; !used.add(unique); i++) {
                unique = Identifiers.truncate(n, Identifiers.MAX_BYTES - 3) + "_" + i;
            }
            names.put(t.name(), unique);
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            List<ForeignKey> fks = t.foreignKeys().stream().map(f -> f.external() ? f : f.withRefTable(names.getOrDefault(f.refTable(), f.refTable()))).toList();
            List<Policy> policies = t.policies().stream().map(p -> p.rule().parentTable() == null ? p : new Policy(p.name(), p.command(), p.role(),
                    p.rule().withParentTable(names.getOrDefault(p.rule().parentTable(), p.rule().parentTable())), p.description(), p.sources())).toList();
            tables.add(t.withName(names.get(t.name())).withForeignKeys(fks).withPolicies(policies));
        }
        List<Relationship> rels = m.relationships().stream().map(r -> new Relationship(names.getOrDefault(r.from(), r.from()),
                names.getOrDefault(r.to(), r.to()), r.cardinality(), r.via() == null ? null : names.getOrDefault(r.via(), r.via()),
                r.optional(), r.label(), r.sources())).toList();
        return m.withTables(tables).withRelationships(rels);
    }

}
