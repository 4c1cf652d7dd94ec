package dev.schemawright.modeling;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import java.util.Locale;

/** A compact, reviewable text form of a model for golden tests (before -> after of one pass), decisions included. */
public final class ModelText {
    private ModelText() {
    }

    public static String of(SchemaModel m) {
        StringBuilder out = new StringBuilder();
        m.enums().forEach(e -> out.append("enum ").append(e.name()).append(' ').append(e.values()).append('\n'));
        for (Table t : m.tables()) {
            out.append("table ").append(t.name()).append(' ').append(t.kind().name().toLowerCase(Locale.ROOT)).append(" pk").append(t.primaryKey());
            if (t.rlsEnabled()) {
                out.append(" rls");
            }
            out.append('\n');
            for (Column c : t.columns()) {
                out.append("  ").append(c.name()).append(' ').append(type(c.type())).append(c.nullable() ? "" : " not null");
                if (c.defaultValue() != null) {
                    out.append(" default ").append(c.defaultValue().kind().name().toLowerCase(Locale.ROOT))
                            .append(c.defaultValue().value() == null ? "" : "(" + c.defaultValue().value() + ")");
                }
                out.append('\n');
            }
            for (ForeignKey f : t.foreignKeys()) {
                out.append("  fk ").append(f.columns()).append(" -> ").append(f.external() ? f.refSchema() + "." : "").append(f.refTable())
                        .append(f.refColumns()).append(" on delete ").append(f.onDelete().name().toLowerCase(Locale.ROOT)).append('\n');
            }
            t.uniques().forEach(u -> out.append("  unique ").append(u.columns()).append('\n'));
            t.checks().forEach(c -> out.append("  check ").append(c.kind().name().toLowerCase(Locale.ROOT)).append(c.columns()).append(c.args()).append('\n'));
            for (Index i : t.indexes()) {
                out.append("  index ").append(i.columnNames()).append(' ').append(i.method().name().toLowerCase(Locale.ROOT))
                        .append(i.partial() ? (i.unique() ? " unique" : "") + " where " + (i.where() == dev.schemawright.contracts.model.IndexPredicate.NONE ? ""
                                : i.where().name().toLowerCase(Locale.ROOT) + (i.condition() == null ? "" : " and ")) + (i.condition() == null ? "" : i.condition().describe()) : "")
                        .append('\n');
            }
            for (Policy p : t.policies()) {
                out.append("  policy ").append(p.command().name().toLowerCase(Locale.ROOT)).append(' ').append(p.rule().kind().name().toLowerCase(Locale.ROOT))
                        .append(p.rule().column() == null ? "" : "(" + p.rule().column() + (p.rule().parentTable() == null ? "" : " via " + p.rule().parentTable()) + ")")
                        .append(p.rule().orOwnerColumn() == null ? "" : " or owner(" + p.rule().orOwnerColumn() + ")")
                        .append(p.role().equals("authenticated") ? "" : " to " + p.role()).append('\n');
            }
        }
        m.relationships().forEach(r -> out.append("rel ").append(r.from()).append(" -> ").append(r.to()).append(' ')
                .append(r.cardinality().name().toLowerCase(Locale.ROOT)).append(r.via() == null ? "" : " via " + r.via()).append('\n'));
        for (Decision d : m.decisions()) {
            out.append("decision ").append(d.id()).append(' ').append(d.sources()).append("\n  ").append(d.topic()).append(": ").append(d.choice())
                    .append("\n  instead of: ").append(d.alternative()).append("\n  why: ").append(d.rationale()).append('\n');
        }
        return out.toString();
    }

    private static String type(ColumnType t) {
        String base = switch (t.kind()) {
            case VARCHAR -> "varchar(" + t.length() + ")";
            case NUMERIC -> t.precision() == null ? "numeric" : "numeric(" + t.precision() + "," + t.scale() + ")";
            case ENUM -> t.enumName();
            default -> t.kind().name().toLowerCase(Locale.ROOT);
        };
        return t.array() ? base + "[]" : base;
    }
}
