package dev.schemawright.render.sqlite;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.CreationOrder;
import dev.schemawright.render.sql.ExternalTables;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * schema.sqlite.sql: the same tables and columns in SQLite terms. Storage choices (stated in the file header):
 * uuid as 36-character TEXT, timestamps as ISO-8601 UTC TEXT, booleans as INTEGER 0/1, enums as TEXT + CHECK IN,
 * JSON and arrays as TEXT checked by json_valid, GIN/trigram/full-text indexes as btree, no row-level security.
 */
public final class SqliteRenderer {
    /** UTC 'YYYY-MM-DD HH:MM:SS': sorts as text, and is the format SQLAlchemy (models.py) reads and writes. */
    public static final String NOW = "CURRENT_TIMESTAMP";
    private static final String RANDOM_UUID = "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

    private final SqliteDialect d = SqliteDialect.INSTANCE;

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        CreationOrder order = CreationOrder.of(model);
        IndexPlan indexPlan = IndexPlan.of(model);
        ExternalTables external = ExternalTables.of(model);
        StringBuilder out = new StringBuilder();
        out.append("-- schema.sqlite.sql: ").append(SqlComments.line(model.title())).append(" (project ")
                .append(SqlComments.line(model.projectId())).append("), rendered by Schemawright.\n")
                .append("-- Storage choices: uuid -> TEXT (36 chars), timestamptz -> TEXT UTC 'YYYY-MM-DD HH:MM:SS[.ffffff]' (SQLAlchemy's format),\n")
                .append("-- date/time -> TEXT ISO-8601, boolean -> INTEGER 0/1, enum -> TEXT + CHECK IN, json and arrays -> TEXT + json_valid,\n")
                .append("-- numeric -> NUMERIC affinity (not exact decimal), interval -> TEXT (ISO-8601 duration).\n")
                .append("-- Not expressible in SQLite: row-level security (enforce ownership in the application), GIN/trigram/full-text\n")
                .append("-- indexes (plain btree indexes instead), defaults from the signed-in user (the application sets them).\n")
                .append("PRAGMA foreign_keys = ON;\n");
        if (!external.isEmpty()) {
            out.append("\n-- SQLite has no ").append(model.stack().auth() == AuthProvider.SUPABASE ? "Supabase auth schema" : "other schemas")
                    .append(": local stand-ins for the external tables the PostgreSQL schema references.\n");
            for (ExternalTables.LocalTable lt : external.tables()) {
                out.append(createStandIn(lt));
            }
        }
        for (Table t : order.tables()) {
            out.append('\n');
            table(out, model, t, external);
        }
        List<String> indexes = new ArrayList<>();
        for (Table t : order.tables()) {
            for (Index ix : indexPlan.indexes(t)) {
                indexes.add(createIndex(t, ix));
            }
        }
        if (!indexes.isEmpty()) {
            out.append("\n-- Indexes (GIN, trigram and full-text indexes of the PostgreSQL schema are btree here)\n");
            indexes.forEach(s -> out.append(s).append('\n'));
        }
        updatedAtTriggers(out, order.tables());
        if (order.tables().stream().anyMatch(Table::rlsEnabled)) {
            out.append("\n-- Row-level security: SQLite has none; the application must apply the PostgreSQL policies' rules itself.\n");
        }
        return out.toString();
    }

    /** The local table standing in for an external one (auth.users), with its comment line. */
    public String createStandIn(ExternalTables.LocalTable lt) {
        StringBuilder out = new StringBuilder();
        out.append("-- stands in for ").append(SqlComments.line(lt.schema() + "." + lt.table())).append('\n');
        out.append("CREATE TABLE ").append(d.quote(lt.name())).append(" (\n");
        for (Column c : lt.keyColumns()) {
            out.append("    ").append(d.quote(c.name())).append(' ').append(type(c.type())).append(" NOT NULL,\n");
        }
        out.append("    PRIMARY KEY (").append(lt.keyColumns().stream().map(c -> d.quote(c.name())).collect(Collectors.joining(", ")))
                .append(")\n);\n");
        return out.toString();
    }

    private void table(StringBuilder out, SchemaModel model, Table t, ExternalTables external) {
        out.append(createTable(model, t, external, t.name()));
    }

    /**
     * The CREATE TABLE statement of {@code t} (with its comment line) under the name {@code asName}: a migration builds
     * the new shape of a table beside the old one, then renames it. {@code model} must be read through
     * {@link KeyColumnsRequired} as {@link #render} reads it.
     */
    public String createTable(SchemaModel model, Table t, ExternalTables external, String asName) {
        StringBuilder out = new StringBuilder();
        String comment = SqlComments.described(t.description(), t.sources());
        if (!comment.isEmpty()) {
            out.append("-- ").append(comment).append('\n');
        }
        boolean rowidKey = t.primaryKey().size() == 1 && t.column(t.primaryKey().get(0)).map(Column::identity).orElse(false);
        List<String> items = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(columnDefinition(c, rowidKey && c.name().equals(t.primaryKey().get(0))));
            String typeCheck = typeCheck(model, c);
            if (typeCheck != null) {
                checks.add("CHECK (" + typeCheck + ")");
            }
        }
        if (!t.primaryKey().isEmpty() && !rowidKey) {
            items.add("PRIMARY KEY (" + d.columnList(t.primaryKey()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            String target;
            if (fk.external()) {
                target = d.quote(external.target(fk).name());
            } else if (model.table(fk.refTable()).isPresent()) {
                target = d.quote(fk.refTable());
            } else {
                throw new IllegalStateException("unsupported foreign key " + fk.name() + " to unknown table " + fk.refTable());
            }
            items.add("CONSTRAINT " + d.quote(fk.name()) + " FOREIGN KEY (" + d.columnList(fk.columns()) + ") REFERENCES " + target + " ("
                    + d.columnList(fk.refColumns()) + ") ON DELETE " + d.onDelete(fk.onDelete()));
        }
        t.uniques().forEach(u -> items.add("CONSTRAINT " + d.quote(u.name()) + " UNIQUE (" + d.columnList(u.columns()) + ")"));
        for (CheckConstraint ck : t.checks()) {
            items.add("CONSTRAINT " + d.quote(ck.name()) + " CHECK (" + CheckExpressions.of(ck, d) + ")");
        }
        items.addAll(checks);
        out.append("CREATE TABLE ").append(d.quote(asName)).append(" (\n");
        for (int i = 0; i < items.size(); i++) {
            out.append("    ").append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        out.append(");\n");
        return out.toString();
    }

    /** {@code name TYPE [NOT NULL | PRIMARY KEY] [DEFAULT expr]}; the type's CHECK is {@link #typeCheck}. */
    public String columnDefinition(Column c, boolean rowidKey) {
        StringBuilder b = new StringBuilder(d.quote(c.name())).append(' ').append(type(c.type()));
        if (rowidKey) {
            // INTEGER PRIMARY KEY aliases the rowid: SQLite's own auto-assigned integer key.
            b.append(" PRIMARY KEY");
        } else if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        String def = defaultSql(c);
        if (def != null) {
            b.append(" DEFAULT ").append(def);
        }
        return b.toString();
    }

    /** The SQLite declared type (which sets the column's affinity). */
    public String type(ColumnType t) {
        if (t.array()) {
            return "TEXT";
        }
        TypeKind k = t.kind();
        if (k == TypeKind.UUID || k == TypeKind.TEXT || k == TypeKind.VARCHAR || k == TypeKind.DATE || k == TypeKind.TIME
                || k == TypeKind.TIMESTAMPTZ || k == TypeKind.INTERVAL || k == TypeKind.JSON || k == TypeKind.ENUM) {
            return "TEXT";
        } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.BOOLEAN) {
            return "INTEGER";
        } else if (k == TypeKind.NUMERIC) {
            return "NUMERIC";
        } else if (k == TypeKind.REAL) {
            return "REAL";
        } else if (k == TypeKind.BYTES) {
            return "BLOB";
        }
        throw new IllegalStateException("unsupported " + k);
    }

    /** What the PostgreSQL type enforced and SQLite's affinity does not: lengths, 0/1, enum values, valid JSON. */
    public String typeCheck(SchemaModel model, Column c) {
        ColumnType t = c.type();
        String q = d.quote(c.name());
        if (t.array()) {
            return "json_valid(" + q + ") AND json_type(" + q + ") = 'array'";
        }
        TypeKind k = t.kind();
        if (k == TypeKind.VARCHAR) {
            return "length(" + q + ") <= " + t.length();
        } else if (k == TypeKind.BOOLEAN) {
            return q + " IN (0, 1)";
        } else if (k == TypeKind.JSON) {
            return "json_valid(" + q + ")";
        } else if (k == TypeKind.ENUM) {
            EnumType e = model.enumType(t.enumName())
                    .orElseThrow(() -> new IllegalStateException("unsupported enum " + t.enumName() + " (not in the model)"));
            return q + " IN (" + e.values().stream().map(d::literal).collect(Collectors.joining(", ")) + ")";
        }
        return null;
    }

    /** The SQLite DEFAULT expression of a column, or null (identity, none, or the signed-in user). */
    public String defaultSql(Column c) {
        DefaultValue v = c.defaultValue();
        if (v == null || c.identity()) {
            return null;
        }
        DefaultKind k = v.kind();
        if (k == DefaultKind.STRING || k == DefaultKind.ENUM_VALUE) {
            return d.literal(v.value());
        } else if (k == DefaultKind.NUMBER) {
            return v.value();
        } else if (k == DefaultKind.BOOLEAN) {
            return "true".equals(v.value()) ? "1" : "0";
        } else if (k == DefaultKind.NOW) {
            // keep each column's text format: a date column holds 'YYYY-MM-DD', a time column 'HH:MM:SS'
            TypeKind type = c.type().kind();
            return type == TypeKind.DATE ? "(date('now'))" : type == TypeKind.TIME ? "(time('now'))" : "(" + NOW + ")";
        } else if (k == DefaultKind.TODAY) {
            return "(date('now'))";
        } else if (k == DefaultKind.RANDOM_UUID) {
            return "(" + RANDOM_UUID + ")";
        } else if (k == DefaultKind.CURRENT_USER) {
            return null;
        } else if (k == DefaultKind.EMPTY_JSON_OBJECT) {
            return "'{}'";
        } else if (k == DefaultKind.EMPTY_ARRAY) {
            return "'[]'";
        }
        throw new IllegalStateException("unsupported " + k);
    }


    /** The CREATE INDEX statement of one (planned) index, with a trailing comment for methods SQLite lacks. */
    public String createIndex(Table t, Index ix) {
        List<String> parts = new ArrayList<>();
        for (IndexColumn c : ix.columns()) {
            parts.add(d.quote(c.name()) + (c.descending() ? " DESC" : ""));
        }
        String condition = d.indexPredicate(t, ix);
        String where = condition == null ? "" : " WHERE " + condition;
        String note = ix.method() == IndexMethod.BTREE ? "" : " -- " + ix.method().name().toLowerCase(java.util.Locale.ROOT) + " in PostgreSQL";
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + d.quote(ix.name()) + " ON " + d.quote(t.name()) + " ("
                + String.join(", ", parts) + ")" + where + ";" + note;
    }

    private void updatedAtTriggers(StringBuilder out, List<Table> tables) {
        List<Table> stamped = tables.stream().filter(SqliteRenderer::stamped).toList();
        if (stamped.isEmpty()) {
            return;
        }
        out.append("\n-- updated_at: set on every update unless the statement set it (recursive_triggers is off by default)\n");
        for (Table t : stamped) {
            out.append(createUpdatedAtTrigger(t)).append('\n');
        }
    }

    /** Whether the schema keeps {@code t}'s updated_at current with a trigger (it needs the key to find the row). */
    public static boolean stamped(Table t) {
        return t.hasColumn("updated_at") && !t.primaryKey().isEmpty();
    }

    public String updatedAtTriggerName(Table t) {
        return d.quote(t.name() + "_set_updated_at");
    }

    public String createUpdatedAtTrigger(Table t) {
        String key = t.primaryKey().stream().map(c -> d.quote(c) + " = NEW." + d.quote(c)).collect(Collectors.joining(" AND "));
        return "CREATE TRIGGER " + updatedAtTriggerName(t) + " AFTER UPDATE ON " + d.quote(t.name())
                + " FOR EACH ROW WHEN NEW." + d.quote("updated_at") + " IS OLD." + d.quote("updated_at")
                + " BEGIN\n    UPDATE " + d.quote(t.name()) + " SET " + d.quote("updated_at") + " = "
                + NOW + " WHERE " + key + ";\nEND;";
    }
}
