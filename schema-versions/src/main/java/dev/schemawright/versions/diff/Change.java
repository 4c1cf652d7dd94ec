package dev.schemawright.versions.diff;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One change between two versions of a schema, in Atlas's small vocabulary (add / drop / rename / modify of each kind
 * of element). Elements are the models' own records, referred to by name; {@code table} is the table's name in the new
 * version. Each change says what it is, how risky it is and which requirements caused it, so a migration can say why.
 */
public sealed interface Change {
    /** How a change treats the rows already there. */
    enum Risk {
        /** Nothing can fail or be lost. */
        NONE,
        /** Fails if existing rows break the new rule (a NOT NULL, a UNIQUE, a CHECK, a key): review before applying. */
        DATA,
        /** Loses data (a dropped table or column, a narrowing type, a removed enum value): applied only when asked. */
        DESTRUCTIVE
    }

    /** What a reader sees in the change list: "add column", "drop table", "rename column"... */
    String kind();

    /** The element: "table cards", "column cards.user_id", "index cards_deck_idx on cards". */
    String element();

    /** One line on what changes, in the database's terms. */
    String detail();

    Risk risk();

    /** The requirements behind it: the new element's for additions and changes, the old element's for drops. */
    List<String> sources();

    /** Says why when no requirement does: a convention's description, a foreign key's rationale, an index's reason. */
    default String note() {
        return "";
    }

    default boolean destructive() {
        return risk() == Risk.DESTRUCTIVE;
    }

    // ---------------------------------------------------------------- enums

    record AddEnum(EnumType to) implements Change {
        public String kind() {
            return "add enum";
        }

        public String element() {
            return "enum " + to.name();
        }

        public String detail() {
            return "values " + String.join(", ", to.values());
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    record DropEnum(EnumType from) implements Change {
        public String kind() {
            return "drop enum";
        }

        public String element() {
            return "enum " + from.name();
        }

        public String detail() {
            return "no column uses it any more";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record RenameEnum(EnumType from, EnumType to, String evidence) implements Change {
        public String kind() {
            return "rename enum";
        }

        public String element() {
            return "enum " + from.name() + " → " + to.name();
        }

        public String detail() {
            return "proposed rename (" + evidence + ")";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    /** Values added (anywhere), removed or reordered; {@code from} carries the new name when the enum was renamed. */
    record ModifyEnum(EnumType from, EnumType to) implements Change {
        public List<String> added() {
            return to.values().stream().filter(v -> !from.values().contains(v)).toList();
        }

        public List<String> removed() {
            return from.values().stream().filter(v -> !to.values().contains(v)).toList();
        }

        /** The values both versions hold are in a different order. */
        public boolean reordered() {
            return !from.values().stream().filter(to.values()::contains).toList().equals(to.values().stream().filter(from.values()::contains).toList());
        }

        public String kind() {
            return "modify enum";
        }

        public String element() {
            return "enum " + to.name();
        }

        public String detail() {
            List<String> parts = new ArrayList<>();
            if (!added().isEmpty()) {
                parts.add("add " + quoted(added()));
            }
            if (!removed().isEmpty()) {
                parts.add("remove " + quoted(removed()));
            }
            if (reordered()) {
                parts.add("reorder to " + String.join(", ", to.values()));
            }
            return String.join("; ", parts);
        }

        public Risk risk() {
            return removed().isEmpty() ? Risk.NONE : Risk.DESTRUCTIVE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    // ---------------------------------------------------------------- tables

    record AddTable(Table to) implements Change {
        public String kind() {
            return "add table";
        }

        public String element() {
            return "table " + to.name();
        }

        public String detail() {
            return to.columns().size() + " columns" + (to.description().isBlank() ? "" : ": " + to.description());
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    record DropTable(Table from) implements Change {
        public String kind() {
            return "drop table";
        }

        public String element() {
            return "table " + from.name();
        }

        public String detail() {
            return "drops the table and every row in it";
        }

        public Risk risk() {
            return Risk.DESTRUCTIVE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record RenameTable(Table from, Table to, String evidence) implements Change {
        public String kind() {
            return "rename table";
        }

        public String element() {
            return "table " + from.name() + " → " + to.name();
        }

        public String detail() {
            return "proposed rename (" + evidence + "); rows are kept";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    /** The table's description or requirement ids changed (its comment). */
    record ModifyTableComment(Table from, Table to) implements Change {
        public String kind() {
            return "comment";
        }

        public String element() {
            return "table " + to.name();
        }

        public String detail() {
            return "description and requirement ids";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    // ---------------------------------------------------------------- columns

    record AddColumn(String table, Column to) implements Change {
        public String kind() {
            return "add column";
        }

        public String element() {
            return "column " + table + "." + to.name();
        }

        public String detail() {
            return to.type().kind().name().toLowerCase(Locale.ROOT) + (to.nullable() ? ", nullable" : ", NOT NULL")
                    + (to.defaultValue() != null ? ", with a default" : "");
        }

        /** NOT NULL with no default the rows already there can take (the signed-in user is nobody during a migration). */
        public Risk risk() {
            boolean filled = to.nullable() || to.identity() || to.defaultValue() != null && to.defaultValue().kind() != DefaultKind.CURRENT_USER;
            return filled ? Risk.NONE : Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.description();
        }
    }

    record DropColumn(String table, Column from) implements Change {
        public String kind() {
            return "drop column";
        }

        public String element() {
            return "column " + table + "." + from.name();
        }

        public String detail() {
            return "drops the column and its values";
        }

        public Risk risk() {
            return Risk.DESTRUCTIVE;
        }

        public List<String> sources() {
            return from.sources();
        }

        public String note() {
            return from.description();
        }
    }

    record RenameColumn(String table, Column from, Column to, String evidence) implements Change {
        public String kind() {
            return "rename column";
        }

        public String element() {
            return "column " + table + "." + from.name() + " → " + to.name();
        }

        public String detail() {
            return "proposed rename (" + evidence + "); values are kept";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    /** What of a column can change in place. */
    enum Facet {
        TYPE, NULLABLE, DEFAULT, IDENTITY, COMMENT
    }

    record ModifyColumn(String table, Column from, Column to, Set<Facet> facets, TypeChange typeChange) implements Change {
        public ModifyColumn {
            facets = Set.copyOf(facets);
        }

        public String kind() {
            return facets.equals(Set.of(Facet.COMMENT)) ? "comment" : "modify column";
        }

        public String element() {
            return "column " + table + "." + to.name();
        }

        public String detail() {
            List<String> parts = new ArrayList<>();
            if (facets.contains(Facet.TYPE)) {
                parts.add("type " + typeName(from) + " → " + typeName(to) + " (" + typeChange.name().toLowerCase(Locale.ROOT) + ")");
            }
            if (facets.contains(Facet.NULLABLE)) {
                parts.add(to.nullable() ? "drop NOT NULL" : "set NOT NULL");
            }
            if (facets.contains(Facet.DEFAULT)) {
                parts.add(to.defaultValue() == null ? "drop the default" : "new default");
            }
            if (facets.contains(Facet.IDENTITY)) {
                parts.add(to.identity() ? "make it an identity" : "no longer an identity");
            }
            if (facets.contains(Facet.COMMENT)) {
                parts.add("description and requirement ids");
            }
            return String.join("; ", parts);
        }

        public Risk risk() {
            if (facets.contains(Facet.TYPE) && typeChange.destructive()) {
                return Risk.DESTRUCTIVE;
            }
            return facets.contains(Facet.NULLABLE) && !to.nullable() ? Risk.DATA : Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.description();
        }
    }

    record ModifyPrimaryKey(String table, List<String> from, List<String> to) implements Change {
        public String kind() {
            return "modify primary key";
        }

        public String element() {
            return "table " + table;
        }

        public String detail() {
            return "(" + String.join(", ", from) + ") → (" + String.join(", ", to) + ")";
        }

        public Risk risk() {
            return to.isEmpty() ? Risk.NONE : Risk.DATA;
        }

        public List<String> sources() {
            return List.of();
        }
    }

    // ---------------------------------------------------------------- constraints and indexes

    record AddForeignKey(String table, ForeignKey to) implements Change {
        public String kind() {
            return "add foreign key";
        }

        public String element() {
            return "foreign key " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(to);
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.rationale();
        }
    }

    record DropForeignKey(String table, ForeignKey from) implements Change {
        public String kind() {
            return "drop foreign key";
        }

        public String element() {
            return "foreign key " + from.name() + " on " + table;
        }

        public String detail() {
            return describe(from);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record ModifyForeignKey(String table, ForeignKey from, ForeignKey to) implements Change {
        public String kind() {
            return "modify foreign key";
        }

        public String element() {
            return "foreign key " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(from) + " → " + describe(to);
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.rationale();
        }
    }

    record AddUnique(String table, UniqueConstraint to) implements Change {
        public String kind() {
            return "add unique";
        }

        public String element() {
            return "unique " + to.name() + " on " + table;
        }

        public String detail() {
            return "(" + String.join(", ", to.columns()) + ")";
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    record DropUnique(String table, UniqueConstraint from) implements Change {
        public String kind() {
            return "drop unique";
        }

        public String element() {
            return "unique " + from.name() + " on " + table;
        }

        public String detail() {
            return "(" + String.join(", ", from.columns()) + ")";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record ModifyUnique(String table, UniqueConstraint from, UniqueConstraint to) implements Change {
        public String kind() {
            return "modify unique";
        }

        public String element() {
            return "unique " + to.name() + " on " + table;
        }

        public String detail() {
            return "(" + String.join(", ", from.columns()) + ") → (" + String.join(", ", to.columns()) + ")";
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    record AddCheck(String table, CheckConstraint to) implements Change {
        public String kind() {
            return "add check";
        }

        public String element() {
            return "check " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(to);
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    record DropCheck(String table, CheckConstraint from) implements Change {
        public String kind() {
            return "drop check";
        }

        public String element() {
            return "check " + from.name() + " on " + table;
        }

        public String detail() {
            return describe(from);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record ModifyCheck(String table, CheckConstraint from, CheckConstraint to) implements Change {
        public String kind() {
            return "modify check";
        }

        public String element() {
            return "check " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(from) + " → " + describe(to);
        }

        public Risk risk() {
            return Risk.DATA;
        }

        public List<String> sources() {
            return to.sources();
        }
    }

    /** A foreign key, UNIQUE or CHECK constraint (or an index) with the same definition under a new name. */
    record RenameConstraint(String table, String what, String from, String to) implements Change {
        public String kind() {
            return "rename " + what;
        }

        public String element() {
            return what + " " + from + " → " + to + " on " + table;
        }

        public String detail() {
            return "same definition, new name";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return List.of();
        }
    }

    record AddIndex(String table, Index to) implements Change {
        public String kind() {
            return "add index";
        }

        public String element() {
            return "index " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(to);
        }

        public Risk risk() {
            return to.unique() ? Risk.DATA : Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.reason();
        }
    }

    record DropIndex(String table, Index from) implements Change {
        public String kind() {
            return "drop index";
        }

        public String element() {
            return "index " + from.name() + " on " + table;
        }

        public String detail() {
            return describe(from);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record ModifyIndex(String table, Index from, Index to) implements Change {
        public String kind() {
            return "modify index";
        }

        public String element() {
            return "index " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(from) + " → " + describe(to);
        }

        public Risk risk() {
            return to.unique() ? Risk.DATA : Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.reason();
        }
    }

    // ---------------------------------------------------------------- row-level security

    record EnableRls(String table) implements Change {
        public String kind() {
            return "enable row-level security";
        }

        public String element() {
            return "table " + table;
        }

        public String detail() {
            return "rows are reached only through policies";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return List.of();
        }
    }

    record DisableRls(String table) implements Change {
        public String kind() {
            return "disable row-level security";
        }

        public String element() {
            return "table " + table;
        }

        public String detail() {
            return "every role with a grant reaches every row";
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return List.of();
        }
    }

    record AddPolicy(String table, Policy to) implements Change {
        public String kind() {
            return "add policy";
        }

        public String element() {
            return "policy " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(to);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.description();
        }
    }

    record DropPolicy(String table, Policy from) implements Change {
        public String kind() {
            return "drop policy";
        }

        public String element() {
            return "policy " + from.name() + " on " + table;
        }

        public String detail() {
            return describe(from);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return from.sources();
        }
    }

    record ModifyPolicy(String table, Policy from, Policy to) implements Change {
        public String kind() {
            return "modify policy";
        }

        public String element() {
            return "policy " + to.name() + " on " + table;
        }

        public String detail() {
            return describe(from) + " → " + describe(to);
        }

        public Risk risk() {
            return Risk.NONE;
        }

        public List<String> sources() {
            return to.sources();
        }

        public String note() {
            return to.description();
        }
    }

    // ---------------------------------------------------------------- wording

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    private static String typeName(Column c) {
        String base = c.type().kind() == dev.schemawright.contracts.model.TypeKind.ENUM ? c.type().enumName()
                : c.type().kind().name().toLowerCase(Locale.ROOT) + (c.type().length() != null ? "(" + c.type().length() + ")"
                : c.type().precision() != null ? "(" + c.type().precision() + "," + (c.type().scale() == null ? 0 : c.type().scale()) + ")" : "");
        return c.type().array() ? base + "[]" : base;
    }

    private static String describe(ForeignKey fk) {
        return "(" + String.join(", ", fk.columns()) + ") → " + (fk.external() ? fk.refSchema() + "." : "") + fk.refTable()
                + "(" + String.join(", ", fk.refColumns()) + ") ON DELETE " + fk.onDelete().name().replace('_', ' ');
    }

    private static String describe(CheckConstraint c) {
        return c.kind().name().toLowerCase(Locale.ROOT) + " (" + String.join(", ", c.columns()) + ")" + (c.args().isEmpty() ? "" : " " + c.args());
    }

    private static String describe(Index ix) {
        return (ix.unique() ? "unique " : "") + ix.method().name().toLowerCase(Locale.ROOT) + " (" + String.join(", ", ix.columns().stream()
                .map(c -> c.name() + (c.descending() ? " desc" : "")).toList()) + ")" + (ix.partial() ? " partial" : "")
                + (ix.condition() == null ? "" : " where " + ix.condition().describe());
    }

    private static String describe(Policy p) {
        return p.command().name() + " to " + p.role() + ": " + p.rule().kind().name().toLowerCase(Locale.ROOT)
                + (p.rule().column() == null ? "" : " (" + p.rule().column() + (p.rule().parentTable() == null ? "" : " → " + p.rule().parentTable()) + ")");
    }
}
