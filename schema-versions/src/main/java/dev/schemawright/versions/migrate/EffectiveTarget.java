package dev.schemawright.versions.migrate;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a migration goes to when its destructive changes are refused: the new model with those changes undone. A
 * dropped table stays (with its foreign keys and policies that still have a target), a dropped column stays as a
 * nullable column (so writers that no longer know it keep working), a narrowing type change keeps the old type (and
 * drops the new CHECKs and foreign keys that assume the new one), an enum keeps the values it would lose. Migrating to
 * this model loses nothing; the refused changes are listed for review.
 */
public final class EffectiveTarget {
    private EffectiveTarget() {
    }

    public static SchemaModel of(SchemaDiff diff) {
        SchemaModel old = diff.renamed();
        Map<String, Table> tables = new LinkedHashMap<>();
        diff.to().tables().forEach(t -> tables.put(t.name(), t));
        Map<String, EnumType> enums = new LinkedHashMap<>();
        diff.to().enums().forEach(e -> enums.put(e.name(), e));
        Set<String> keptTypes = new LinkedHashSet<>();  // "table\0column" whose old type is kept
        for (Change c : diff.destructive()) {
            if (c instanceof Change.DropTable d) {
                Table kept = old.table(diff.renames().tableTo(d.from().name())).orElseThrow();
                tables.put(kept.name(), kept);
            } else if (c instanceof Change.DropColumn d) {
                Table t = tables.get(d.table());
                List<Column> cols = new ArrayList<>(t.columns());
                cols.add(d.from().withNullable(true));
                tables.put(t.name(), t.withColumns(cols));
            } else if (c instanceof Change.ModifyColumn m) {
                Table t = tables.get(m.table());
                keptTypes.add(t.name() + "\u0000" + m.to().name());
                tables.put(t.name(), t.withColumns(t.columns().stream().map(x -> x.name().equals(m.to().name()) ? x.withType(m.from().type())
                        .withDefault(m.from().defaultValue()).withIdentity(m.from().identity()) : x).toList())
                        .withChecks(t.checks().stream().filter(ck -> !ck.columns().contains(m.to().name())).toList())
                        .withForeignKeys(t.foreignKeys().stream().filter(fk -> !fk.columns().contains(m.to().name())).toList())
                        .withIndexes(t.indexes().stream().filter(ix -> ix.condition() == null || !ix.condition().column().equals(m.to().name())).toList()));
            } else if (c instanceof Change.ModifyEnum m) {
                enums.put(m.to().name(), new EnumType(m.to().name(), merged(m.from().values(), m.to().values()), m.to().sources()));
            } else {
                throw new IllegalStateException("unsupported destructive change " + c);
            }
        }
        // foreign keys into a column whose old type is kept no longer match it
        for (Table t : List.copyOf(tables.values())) {
            List<ForeignKey> fks = t.foreignKeys().stream()
                    .filter(fk -> fk.external() || fk.refColumns().stream().noneMatch(rc -> keptTypes.contains(fk.refTable() + "\u0000" + rc)))
                    .filter(fk -> fk.external() || tables.containsKey(fk.refTable()))
                    .toList();
            List<Policy> policies = t.policies().stream().filter(p -> parentKept(p.rule(), tables)).toList();
            tables.put(t.name(), t.withForeignKeys(fks).withPolicies(policies));
        }
        // enums a kept column still uses
        for (Table t : tables.values()) {
            for (Column col : t.columns()) {
                String e = col.type().enumName();
                if (e != null && !enums.containsKey(e)) {
                    enums.put(e, old.enumType(e).orElseThrow(() -> new IllegalStateException("unsupported enum " + e + " in neither version")));
                }
            }
        }
        return diff.to().withEnums(List.copyOf(enums.values())).withTables(List.copyOf(tables.values()));
    }

    private static boolean parentKept(PolicyRule r, Map<String, Table> tables) {
        return r.parentTable() == null || tables.containsKey(r.parentTable());
    }

    /** The old values in their order, each new value after the value it follows in the new list (no value lost). */
    static List<String> merged(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>(before);
        for (int i = 0; i < after.size(); i++) {
            String v = after.get(i);
            if (out.contains(v)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int k = out.indexOf(after.get(j));
                if (k >= 0) {
                    at = k + 1;
                    break;
                }
            }
            out.add(at, v);
        }
        return out;
    }
}
