package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * Enumerations: a column whose allowed values the text lists (an IN_VALUES check) becomes a named enum type
 * ({@code <table>_<column>}), so every target renders the same closed set; its default, if any, becomes an enum value.
 */
public final class EnumerationPass implements DesignPass {
    private record Made(String table, String column, String enumName, CheckConstraint check) {
    }

    @Override
    public SchemaModel apply(DesignContext ctx) {
        return normalize(ctx.model());
    }

    public static SchemaModel normalize(SchemaModel m) {
        List<EnumType> enums = new ArrayList<>(m.enums());
        List<Table> tables = new ArrayList<>();
        List<Made> made = new ArrayList<>();
        for (Table t : m.tables()) {
            List<CheckConstraint> checks = new ArrayList<>();
            Table current = t;
            for (CheckConstraint c : t.checks()) {
                String column = c.columns().get(0);
                if (c.kind() != CheckKind.IN_VALUES || current.column(column).isEmpty()) {
                    checks.add(c);
                    continue;
                }
                String name = Identifiers.derived(t.name(), column);
                if (enums.stream().noneMatch(e -> e.name().equals(name))) {
                    enums.add(new EnumType(name, c.args(), c.sources()));
                }
                var col = current.column(column).get();
                DefaultValue d = col.defaultValue();
                if (d != null && (d.kind() == DefaultKind.STRING && c.args().contains(d.value()))) {
                    d = DefaultValue.enumValue(d.value());
                } else if (d != null && d.kind() != DefaultKind.ENUM_VALUE) {
                    d = null;
                }
                var updated = col.withType(ColumnType.enumOf(name)).withDefault(d);
                current = current.withColumns(current.columns().stream().map(x -> x.name().equals(column) ? updated : x).toList());
                made.add(new Made(t.name(), column, name, c));
            }
            tables.add(current.withChecks(checks));
        }
        SchemaModel out = m.withTables(tables).withEnums(enums);
        for (Made e : made) {
            String table = NormalizationTrail.table(e.table());
            out = NormalizationTrail.record(out, "enumeration", table + "-" + e.column(), "values of " + table + "." + e.column(),
                    "Enum type " + e.enumName() + " (" + String.join(", ", e.check().args()) + ")",
                    "Free text (any spelling) or a lookup table (values edited as data)", "The documents list the allowed values", e.check().sources());
        }
        return out;
    }
}
